import { getCaseMatching, listProposals, type Proposal } from '../../api/matching.js';
import { Paragraph } from '../../components/heading.js';
import { Section } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * The consent record of an assigned case: for each party how it agreed to the mediator (by its
 * personal link, by phone, letter, e-mail or in a meeting), on which day, when and by whom that
 * was recorded, and, when a relationship with a party was disclosed (MfN 2.3), that the party
 * accepted it. From the proposal that led to the assignment, as the matching module keeps it;
 * nothing for whoever may not see proposals (only the pool's coordinators may).
 */
export function ConsentRecord({ caseId, status }: { caseId: string; status: string }) {
  // The matching's allowedActions say whether this viewer may see proposals (asked first, so a
  // mediator's page makes no request the server would refuse).
  const matching = useQuery((signal) => getCaseMatching(caseId, signal), [caseId, status]);
  const mayView = matching.data?.caseId === caseId && matching.data.allowedActions.includes('viewProposals');
  return mayView ? <AssignedConsent caseId={caseId} status={status} /> : null;
}

function AssignedConsent({ caseId, status }: { caseId: string; status: string }) {
  const proposals = useQuery((signal) => listProposals(caseId, signal), [caseId, status]);
  // The newest assigned proposal: a case matched again has an earlier one that ended.
  const assigned = proposals.data?.items.filter((p) => p.status === 'assigned').at(-1);
  if (!assigned) return null;
  return <ConsentTable proposal={assigned} />;
}

function ConsentTable({ proposal }: { proposal: Proposal }) {
  const { t, date, dateTime } = useI18n();
  const r = t.cases.detail.consentRecord;
  const disclosed = proposal.disclosure !== null || proposal.mediators.some((m) => (m.declaration?.relationshipsDisclosure ?? null) !== null);
  return (
    <Section id="case-consent-record" title={r.heading}>
      <Paragraph>{r.intro(proposal.mediators.map((m) => m.name).join(', '))}</Paragraph>
      <Table id="case-consent-record-table" caption={r.caption}>
        <THead>
          <Th>{r.party}</Th>
          <Th>{r.decision}</Th>
          <Th>{r.how}</Th>
          <Th>{r.givenOn}</Th>
          <Th>{r.recorded}</Th>
          {disclosed && <Th>{r.disclosure}</Th>}
        </THead>
        <TBody>
          {proposal.parties.map((party) => {
            const c = party.consent;
            return (
              <Tr key={party.id}>
                <Th scope="row">
                  {party.name}
                  {party.organisation && `, ${party.organisation}`}
                </Th>
                <Td>{c ? t.matching.decisions[c.decision] : r.none}</Td>
                <Td>{c ? t.matching.methods[c.method] : r.none}</Td>
                <Td>{c ? date(c.givenOn) : r.none}</Td>
                <Td>{c ? r.recordedBy(c.recordedBy, dateTime(c.recordedAt)) : r.none}</Td>
                {disclosed && <Td>{c ? (c.disclosureRefused ? r.disclosureRefused : c.disclosureAccepted ? r.disclosureAccepted : r.none) : r.none}</Td>}
              </Tr>
            );
          })}
        </TBody>
      </Table>
      {proposal.disclosure !== null && (
        <>
          <h3 className="utrecht-heading-3">{r.disclosedHeading}</h3>
          <Paragraph className="mp-matching-disclosure">{proposal.disclosure}</Paragraph>
        </>
      )}
    </Section>
  );
}
