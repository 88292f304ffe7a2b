import { isContraIndication } from '../../../domain/cases/contra-indications.js';
import type { CaseConfidential } from '../../api/cases.js';
import { DataList } from '../../components/data-list.js';
import { EmptyState } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useI18n } from '../../i18n/i18n.js';
import { languageName } from './referral-fields.js';

export type ConfidentialPart = 'referral' | 'parties' | 'triage' | 'mediators';
const ALL_PARTS: readonly ConfidentialPart[] = ['referral', 'parties', 'triage', 'mediators'];

/**
 * What only the coordinator and the case's mediators see: the referral, parties, triage, mediators
 * (`parts` picks some of them, for the part of the case page they belong to).
 */
export function CaseConfidentialSections({ c, parts = ALL_PARTS }: { c: CaseConfidential; parts?: readonly ConfidentialPart[] }) {
  const { t, locale, dateTime } = useI18n();
  const d = t.cases.detail;
  const yesNo = (v: boolean) => (v ? t.common.yes : t.common.no);

  return (
    <>
      {parts.includes('referral') && (
        <Section id="case-referral" title={d.referralHeading}>
          <DataList
            items={[
              { key: 'description', label: d.description, value: <span className="mp-prewrap">{c.description}</span> },
              { key: 'referrer', label: d.referrer, value: c.referrer?.name ?? t.cases.referralSources.self_referral },
              { key: 'source', label: d.referralSource, value: t.cases.referralSources[c.referralSource] ?? c.referralSource },
              { key: 'language', label: d.language, value: languageName(c.preferredLanguage, locale) },
              { key: 'external', label: d.externalMediator, value: yesNo(c.wantsExternalMediator) },
              { key: 'outcome', label: d.outcomeShareable, value: yesNo(c.outcomeShareable) },
            ]}
          />
        </Section>
      )}

      {parts.includes('parties') && (
        <Section id="case-parties" title={d.partiesHeading}>
          <Table id="case-parties-table" caption={d.partiesCaption}>
            <THead>
              <Th>{d.partyColumns.name}</Th>
              <Th>{d.partyColumns.role}</Th>
              <Th>{d.partyColumns.organisation}</Th>
              <Th>{d.partyColumns.municipality}</Th>
              <Th>{d.partyColumns.contact}</Th>
              <Th>{d.partyColumns.informed}</Th>
            </THead>
            <TBody>
              {c.parties.map((p) => (
                <Tr key={p.id}>
                  <Th scope="row" className="mp-break">
                    {p.name}
                  </Th>
                  <Td>{t.cases.partyRoles[p.role] ?? p.role}</Td>
                  <Td className="mp-break">{[p.organisation, p.department].filter(Boolean).join(', ') || d.none}</Td>
                  <Td>{p.municipality?.name ?? d.none}</Td>
                  <Td className="mp-break">
                    {p.email || p.phone ? (
                      <>
                        {p.email && <span className="mp-block">{p.email}</span>}
                        {p.phone && <span className="mp-block">{p.phone}</span>}
                      </>
                    ) : (
                      d.none
                    )}
                  </Td>
                  <Td>{yesNo(p.informed)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </Section>
      )}

      {parts.includes('triage') && (
        <Section id="case-triage" title={d.triageHeading}>
          {c.triage ? (
            <DataList
              items={[
                { key: 'route', label: d.route, value: t.cases.routes[c.triage.route] ?? c.triage.route },
                {
                  key: 'contra',
                  label: d.contraIndications,
                  value:
                    c.triage.contraIndications.length === 0 ? (
                      d.noContraIndications
                    ) : (
                      <ul className="utrecht-unordered-list mp-plain-list">
                        {c.triage.contraIndications.map((ci) => (
                          <li key={ci}>{isContraIndication(ci) ? t.cases.contraIndications[ci] : ci}</li>
                        ))}
                      </ul>
                    ),
                },
                // Without a reason of its own, a pool route despite a contra-indication stores the justification as its reason.
                ...(c.triage.reason !== c.triage.justification ? [{ key: 'reason', label: d.reason, value: <span className="mp-prewrap">{c.triage.reason}</span> }] : []),
                ...(c.triage.justification ? [{ key: 'justification', label: d.justification, value: <span className="mp-prewrap">{c.triage.justification}</span> }] : []),
                ...(c.triage.destination ? [{ key: 'destination', label: d.destination, value: c.triage.destination }] : []),
                { key: 'decided', label: d.decided, value: d.decidedBy(c.triage.decidedBy, dateTime(c.triage.decidedAt)) },
              ]}
            />
          ) : (
            <EmptyState>{d.triageNone}</EmptyState>
          )}
        </Section>
      )}

      {parts.includes('mediators') && (
        <Section id="case-mediators" title={d.mediatorsHeading}>
          {c.mediators.length === 0 && !c.externalMediator ? (
            <EmptyState>{d.noMediators}</EmptyState>
          ) : (
            <ul className="utrecht-unordered-list mp-plain-list">
              {c.mediators.map((m) => (
                <li key={m.mediatorId}>
                  <strong>{m.name}</strong>
                  {m.municipality ? ` (${m.municipality})` : ''}, {d.mediatorRoles[m.role]}
                </li>
              ))}
              {c.externalMediator && (
                <li>
                  <strong>{c.externalMediator.name}</strong> ({c.externalMediator.organisation}), {d.externalMediatorRole}
                </li>
              )}
            </ul>
          )}
        </Section>
      )}
    </>
  );
}
