import { listGroups } from '../../api/community.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink, ButtonLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';

/** /community/intervisie: the pool's groups for a coordinator, one's own groups for a mediator. */
export function GroupsPage() {
  const { t, dateTime } = useI18n();
  const m = t.community.groups;
  const groups = useQuery((signal) => listGroups(signal), []);
  return (
    <Page title={m.title}>
      <Paragraph lead>{m.intro}</Paragraph>
      {groups.data?.allowedActions.includes('manage-groups') && (
        <p className="utrecht-paragraph">
          <ButtonLink to="/community/intervisie/nieuw" appearance="primary">
            {m.newGroup}
          </ButtonLink>
        </p>
      )}
      {groups.error !== undefined && <LoadFailed error={groups.error} onRetry={groups.reload} />}
      {!groups.data && groups.error === undefined && <Loading />}
      {groups.data && groups.data.items.length === 0 && <EmptyState>{m.none}</EmptyState>}
      {groups.data && groups.data.items.length > 0 && (
        <Table id="intervision-groups" caption={m.caption}>
          <THead>
            <Th>{m.name}</Th>
            <Th>{m.facilitator}</Th>
            <Th>{m.size}</Th>
            <Th>{m.rhythm}</Th>
            <Th>{m.next}</Th>
          </THead>
          <TBody>
            {groups.data.items.map((g) => (
              <Tr key={g.id}>
                <Th scope="row">
                  <AppLink to={`/community/intervisie/${g.id}`}>{g.name}</AppLink>
                </Th>
                <Td>{g.facilitatorName}</Td>
                <Td>{g.size}</Td>
                <Td>{m.perYear(g.meetingsPerYear)}</Td>
                <Td>{g.nextMeetingAt ? dateTime(g.nextMeetingAt) : m.notPlanned}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Page>
  );
}
