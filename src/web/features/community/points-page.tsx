import { getOwnMediatorProfile, getUpkeep, listUpkeepEntries } from '../../api/registry.js';
import { DataList } from '../../components/data-list.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * /community/mijn-punten: the mediator's own education points in the current cycle against the
 * register's requirements (src/domain/upkeep/requirements.ts, through the upkeep summary), with
 * the entries, the automatic ones from intervision and training included.
 */
export function PointsPage() {
  const { t, date } = useI18n();
  const m = t.community.points;
  const data = useQuery(async (signal) => {
    const own = await getOwnMediatorProfile(signal);
    if (!own) return null;
    const [upkeep, entries] = await Promise.all([getUpkeep(own.id), listUpkeepEntries(own.id)]);
    return { upkeep, entries: entries.items.filter((e) => e.type === 'education' && e.occurredOn >= upkeep.cycle.start && e.occurredOn < upkeep.cycle.end) };
  }, []);
  const d = data.data;
  return (
    <Page title={m.title}>
      <Paragraph lead>{m.intro}</Paragraph>
      {data.error !== undefined && <LoadFailed error={data.error} onRetry={data.reload} />}
      {d === undefined && data.error === undefined && <Loading />}
      {d === null && <EmptyState>{m.notInRegister}</EmptyState>}
      {d && (
        <>
          <DataList
            items={[
              { key: 'cycle', label: m.cycle, value: `${date(d.upkeep.cycle.start)} – ${date(d.upkeep.cycle.until)}` },
              { key: 'education', label: m.education, value: m.of(d.upkeep.educationPoints.total, d.upkeep.educationPoints.required) },
              { key: 'intervision', label: m.intervision, value: m.of(d.upkeep.educationPoints.intervision, d.upkeep.educationPoints.intervisionRequired) },
            ]}
          />
          {d.entries.length === 0 && <EmptyState>{m.none}</EmptyState>}
          {d.entries.length > 0 && (
            <Table id="my-points" caption={m.caption}>
              <THead>
                <Th>{m.date}</Th>
                <Th>{m.kind}</Th>
                <Th>{m.pointsCol}</Th>
                <Th>{m.description}</Th>
              </THead>
              <TBody>
                {d.entries.map((e) => (
                  <Tr key={e.id}>
                    <Th scope="row">{date(e.occurredOn)}</Th>
                    <Td>{m.kinds[e.educationKind ?? 'other']}</Td>
                    <Td>{e.points}</Td>
                    <Td>{e.description ?? ''}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </>
      )}
    </Page>
  );
}
