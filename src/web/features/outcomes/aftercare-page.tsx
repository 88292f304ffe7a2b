import { todayInAmsterdam } from '../../../domain/calendar/iso-date.js';
import { listAftercareTasks } from '../../api/outcomes.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { aftercareState, aftercareTone } from './aftercare-state.js';

/**
 * /nazorg: the concluded cases whose aftercare check is still open, earliest date first (the
 * API's order; it does not page). A mediator sees their own cases, a coordinator the pool's. The
 * check itself is recorded on the case page, which then closes the case.
 */
export function AftercarePage() {
  const { t, date } = useI18n();
  const m = t.outcomes.tasks;
  const tasks = useQuery((signal) => listAftercareTasks(signal), []);
  // A mediator's list holds only their own cases; a pool-wide list (the coordinator's) shows whose check it is.
  const showMediator = tasks.data?.allowedActions.includes('list-pool-aftercare-tasks') ?? false;
  const today = todayInAmsterdam();
  const rows = (tasks.data?.items ?? []).map((task) => ({ task, state: aftercareState(task, today) }));

  return (
    <Page title={m.title}>
      <Paragraph lead>{showMediator ? m.introCoordinator : m.introMediator}</Paragraph>
      {tasks.error !== undefined && (
        <LoadFailed error={tasks.error} onRetry={tasks.reload} />
      )}
      {!tasks.data && tasks.error === undefined && <Loading />}
      {tasks.data && rows.length === 0 && <EmptyState>{m.none}</EmptyState>}
      {tasks.data && rows.length > 0 && (
        <>
          <Paragraph>
            {m.summary(
              rows.filter((r) => r.state !== 'upcoming').length,
              rows.filter((r) => r.state === 'overdue').length,
            )}
          </Paragraph>
          <Table id="aftercare-tasks" caption={m.caption}>
            <THead>
              <Th>{m.caseNumber}</Th>
              <Th aria-sort="ascending">{m.dueOn}</Th>
              <Th>{m.state}</Th>
              <Th>{m.concludedOn}</Th>
              {showMediator && <Th>{m.mediator}</Th>}
            </THead>
            <TBody>
              {rows.map(({ task, state }) => (
                <Tr key={task.caseId}>
                  <Th scope="row" className="mp-nowrap">
                    <AppLink to={`/zaken/${task.caseId}`}>{task.caseNumber}</AppLink>
                  </Th>
                  <Td className="mp-nowrap">{date(task.dueOn)}</Td>
                  <Td>
                    <StatusBadge tone={aftercareTone[state]}>{m.states[state]}</StatusBadge>
                  </Td>
                  <Td className="mp-nowrap">{task.concludedOn ? date(task.concludedOn) : t.common.none}</Td>
                  {showMediator && <Td>{task.leadMediatorName ?? m.noMediator}</Td>}
                </Tr>
              ))}
            </TBody>
          </Table>
        </>
      )}
    </Page>
  );
}
