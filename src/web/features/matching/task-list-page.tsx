import { listMyTasks } from '../../api/matching.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';

/** "Mijn taken": the proposals waiting for this mediator's answer, each linked when the server lets them answer it. */
export function TaskListPage() {
  const { t, locale, dateTime } = useI18n();
  const m = t.matching.tasks;
  const tasks = useQuery((signal) => listMyTasks(signal), []);

  return (
    <Page title={m.title}>
      <Paragraph>{m.intro}</Paragraph>
      {tasks.error !== undefined && (
        <Alert type="error" heading={t.matching.loadFailed}>
          <p className="utrecht-paragraph">{describeError(tasks.error, t, locale)}</p>
          <Button onClick={tasks.reload}>{t.common.retry}</Button>
        </Alert>
      )}
      {!tasks.data && tasks.error === undefined && <Loading />}
      {tasks.data && tasks.data.items.length === 0 && <EmptyState>{m.none}</EmptyState>}
      {tasks.data && tasks.data.items.length > 0 && (
        <Table id="matching-tasks" caption={m.caption}>
          <THead>
            <Th>{m.caseNumber}</Th>
            <Th>{m.caseType}</Th>
            <Th>{m.municipality}</Th>
            <Th>{m.role}</Th>
            <Th>{m.proposedAt}</Th>
          </THead>
          <TBody>
            {tasks.data.items.map((task) => (
              <Tr key={task.proposalId}>
                <Th scope="row">
                  {task.allowedActions.includes('answerProposal') ? (
                    <AppLink to={`/taken/${task.proposalId}`} aria-label={m.open(task.caseNumber)}>
                      {task.caseNumber}
                    </AppLink>
                  ) : (
                    task.caseNumber
                  )}
                </Th>
                <Td>{caseTypeLabel(t.cases.caseTypes, task.caseType)}</Td>
                <Td>{task.requestingMunicipality.name}</Td>
                <Td>{t.matching.roles[task.role]}</Td>
                <Td>{dateTime(task.proposedAt)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Page>
  );
}

export const caseTypeLabel = (labels: Record<string, string>, type: string) => labels[type] ?? type;
