import { getExternalCosts } from '../../api/settlement.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { TBody, THead, Table, Td, Th, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { formatEuros } from '../registry/format.js';

/** External mediators: a separate cost table, outside the netting between members. */
export function ExternalCostsSection() {
  const { t, locale } = useI18n();
  const x = t.settlement.external;
  const costs = useQuery((signal) => getExternalCosts(signal), []);
  return (
    <Section id="external-costs" title={x.title}>
      <Paragraph>{x.intro}</Paragraph>
      {costs.error ? (
        <LoadFailed error={costs.error} onRetry={costs.reload} />
      ) : !costs.data ? (
        <Loading />
      ) : costs.data.items.length === 0 ? (
        <EmptyState>{x.empty}</EmptyState>
      ) : (
        <Table id="external-costs-table" caption={x.caption}>
          <THead>
            <Th>{x.caseNumber}</Th>
            <Th>{x.municipality}</Th>
            <Th>{x.mediator}</Th>
            <Th className="mp-num">{x.rate}</Th>
            <Th className="mp-num">{x.time}</Th>
            <Th className="mp-num">{x.cost}</Th>
          </THead>
          <TBody>
            {costs.data.items.map((i) => (
              <Tr key={`${i.caseId}-${i.externalName}-${i.hourlyRateCents}`}>
                <Td>{i.caseNumber}</Td>
                <Td>{i.municipality.name}</Td>
                <Td>
                  {i.externalName}
                  {i.organisation ? ` (${i.organisation})` : ''}
                </Td>
                <Td className="mp-num">{formatEuros(i.hourlyRateCents, locale)}</Td>
                <Td className="mp-num">{t.hours.duration(i.minutes)}</Td>
                <Td className="mp-num">{formatEuros(i.costCents, locale)}</Td>
              </Tr>
            ))}
            <Tr>
              <Th scope="row" colSpan={4}>
                {x.total}
              </Th>
              <Td className="mp-num">{t.hours.duration(costs.data.totalMinutes)}</Td>
              <Td className="mp-num">{formatEuros(costs.data.totalCostCents, locale)}</Td>
            </Tr>
          </TBody>
        </Table>
      )}
    </Section>
  );
}
