import { listStatements, settlementExportUrl } from '../../api/settlement.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { Paragraph } from '../../components/heading.js';
import { TBody, THead, Table, Td, Th, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { formatEuros } from '../registry/format.js';

/** The PDF statement per municipality (a contact sees only their own) and, for managers, the exports. */
export function StatementsSection({ settlementId, withExports, draft = false }: { settlementId: string; withExports: boolean; draft?: boolean }) {
  const { t, locale } = useI18n();
  const d = t.settlement.detail;
  const statements = useQuery((signal) => listStatements(settlementId, signal), [settlementId]);
  return (
    <>
      <Section id="statements" title={d.statementsTitle}>
        {draft && <Paragraph>{d.draftStatements}</Paragraph>}
        {statements.error ? (
          <LoadFailed error={statements.error} onRetry={statements.reload} />
        ) : !statements.data ? (
          <Loading />
        ) : (
          <Table id="statements-table" caption={d.statementsCaption}>
            <THead>
              <Th>{d.municipality}</Th>
              <Th className="mp-num">{d.supplied}</Th>
              <Th className="mp-num">{d.used}</Th>
              <Th className="mp-num">{d.net}</Th>
              <Th>PDF</Th>
            </THead>
            <TBody>
              {statements.data.items.map((s) => (
                <Tr key={s.municipality.id}>
                  <Th scope="row">{s.municipality.name}</Th>
                  <Td className="mp-num">{t.hours.duration(s.minutesSupplied)}</Td>
                  <Td className="mp-num">{t.hours.duration(s.minutesUsed)}</Td>
                  <Td className="mp-num">{s.netCents === null ? t.hours.duration(s.netMinutes) : formatEuros(s.netCents, locale)}</Td>
                  <Td>
                    <a className="utrecht-link utrecht-link--html-a" href={s.pdf} download>
                      {d.statementLink(s.municipality.name)}
                    </a>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Section>
      {withExports && (
        <Section id="exports" title={d.exportsTitle}>
          <ul className="mp-link-list">
            <li>
              <a className="utrecht-link utrecht-link--html-a" href={settlementExportUrl(settlementId, 'csv')} download>
                {d.csv}
              </a>
            </li>
            <li>
              <a className="utrecht-link utrecht-link--html-a" href={settlementExportUrl(settlementId, 'xlsx')} download>
                {d.xlsx}
              </a>
            </li>
          </ul>
        </Section>
      )}
    </>
  );
}
