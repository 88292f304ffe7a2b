import type { SettlementFigures } from '../../api/settlement.js';
import { EmptyState } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { Paragraph } from '../../components/heading.js';
import { TBody, THead, Table, Td, Th, Tr } from '../../components/table.js';
import { useI18n } from '../../i18n/i18n.js';
import { formatEuros } from '../registry/format.js';

/** The review: positions per municipality, proposed transfers (hourly mode) and lines per case. */
export function SettlementFiguresView({ figures, linesTotal }: { figures: SettlementFigures; linesTotal: number }) {
  const { t, locale } = useI18n();
  const d = t.settlement.detail;
  const money = figures.mode === 'hourly';
  const name = (id: string) => figures.municipalities.find((m) => m.id === id)?.name ?? id;
  const euros = (cents: number | null) => (cents === null ? '' : formatEuros(cents, locale));
  const positions = [...figures.positions].sort((a, b) => name(a.municipalityId).localeCompare(name(b.municipalityId), 'nl'));

  return (
    <>
      <Section id="positions" title={d.positionsTitle}>
        {money && <Paragraph>{d.rounding}</Paragraph>}
        <Table id="positions-table" caption={d.positionsCaption}>
          <THead>
            <Th>{d.municipality}</Th>
            <Th className="mp-num">{d.supplied}</Th>
            <Th className="mp-num">{d.used}</Th>
            <Th className="mp-num">{d.netTime}</Th>
            {money && (
              <>
                <Th className="mp-num">{d.received}</Th>
                <Th className="mp-num">{d.paid}</Th>
                <Th className="mp-num">{d.net}</Th>
              </>
            )}
          </THead>
          <TBody>
            {positions.map((p) => (
              <Tr key={p.municipalityId}>
                <Th scope="row">{name(p.municipalityId)}</Th>
                <Td className="mp-num">{t.hours.duration(p.minutesSupplied)}</Td>
                <Td className="mp-num">{t.hours.duration(p.minutesUsed)}</Td>
                <Td className="mp-num">{t.hours.duration(p.netMinutes)}</Td>
                {money && (
                  <>
                    <Td className="mp-num">{euros(p.receivedCents)}</Td>
                    <Td className="mp-num">{euros(p.paidCents)}</Td>
                    <Td className="mp-num">{euros(p.netCents)}</Td>
                  </>
                )}
              </Tr>
            ))}
          </TBody>
        </Table>
      </Section>
      {money && (
        <Section id="transfers" title={d.transfersTitle}>
          {figures.transfers.length === 0 ? (
            <EmptyState>{d.noTransfers}</EmptyState>
          ) : (
            <Table id="transfers-table" caption={d.transfersCaption}>
              <THead>
                <Th>{d.from}</Th>
                <Th>{d.to}</Th>
                <Th className="mp-num">{d.amount}</Th>
              </THead>
              <TBody>
                {figures.transfers.map((x) => (
                  <Tr key={`${x.fromId}-${x.toId}`}>
                    <Td>{name(x.fromId)}</Td>
                    <Td>{name(x.toId)}</Td>
                    <Td className="mp-num">{euros(x.amountCents)}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </Section>
      )}
      {figures.loans && <LoanLinesSection figures={figures} />}
      <Section id="lines" title={d.linesTitle}>
        {figures.lines.length === 0 ? (
          <EmptyState>{d.noLines}</EmptyState>
        ) : (
          <Table id="lines-table" caption={d.linesCaption}>
            <THead>
              <Th>{d.caseNumber}</Th>
              <Th>{d.supplier}</Th>
              <Th>{d.user}</Th>
              <Th className="mp-num">{d.time}</Th>
            </THead>
            <TBody>
              {figures.lines.map((l) => (
                <Tr key={`${l.caseId}-${l.supplierId}-${l.year}`}>
                  <Td>{l.caseNumber}</Td>
                  <Td>{name(l.supplierId)}</Td>
                  <Td>{name(l.userId)}</Td>
                  <Td className="mp-num">{t.hours.duration(l.minutes)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
        {linesTotal > figures.lines.length && <Paragraph>{d.linesCapped(figures.lines.length, linesTotal, locale)}</Paragraph>}
      </Section>
    </>
  );
}

/** Lent hours between pools, apart from the netting between municipalities (issue 15). */
function LoanLinesSection({ figures }: { figures: SettlementFigures }) {
  const { t, locale } = useI18n();
  const d = t.settlement.detail;
  const loans = figures.loans!;
  const euros = (cents: number) => formatEuros(cents, locale);
  return (
    <Section id="loans" title={d.loansTitle}>
      <Paragraph>{d.loansIntro}</Paragraph>
      <Table id="loans-table" caption={d.loansCaption}>
        <THead>
          <Th>{d.caseNumber}</Th>
          <Th>{d.loanDirection}</Th>
          <Th>{d.loanPartner}</Th>
          <Th>{d.loanMediator}</Th>
          <Th className="mp-num">{d.time}</Th>
          <Th className="mp-num">{d.loanRate}</Th>
          <Th className="mp-num">{d.amount}</Th>
        </THead>
        <TBody>
          {loans.lines.map((l) => (
            <Tr key={`${l.direction}-${l.caseNumber}-${l.partnerPool.id}-${l.mediatorName}`}>
              <Td>{l.caseNumber}</Td>
              <Td>{d.loanDirections[l.direction]}</Td>
              <Td>{l.partnerPool.name}</Td>
              <Td>{l.mediatorName}</Td>
              <Td className="mp-num">{t.hours.duration(l.minutes)}</Td>
              <Td className="mp-num">{l.rateCents === null ? d.loanFree : euros(l.rateCents)}</Td>
              <Td className="mp-num">{euros(l.amountCents)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {loans.perPool.map((p) => {
        const withPool = loans.lines.filter((l) => l.partnerPool.id === p.pool.id);
        return (
          <div key={p.pool.id}>
            {withPool.some((l) => l.direction === 'borrowed') && <Paragraph>{d.loanOwes(figures.pool.name, p.pool.name, euros(p.owedCents))}</Paragraph>}
            {withPool.some((l) => l.direction === 'lent') && <Paragraph>{d.loanReceives(figures.pool.name, p.pool.name, euros(p.receivableCents))}</Paragraph>}
          </div>
        );
      })}
    </Section>
  );
}
