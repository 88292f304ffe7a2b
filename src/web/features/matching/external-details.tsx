import { listProposals, type ProposedMediator } from '../../api/matching.js';
import { DataList } from '../../components/data-list.js';
import { Paragraph } from '../../components/heading.js';
import { Section } from '../../components/page.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { formatEuros } from '../registry/format.js';

/** What the coordinator entered about an external mediator: organisation, MfN number, rate, contact, who chose. */
export function ExternalDetails({ mediator }: { mediator: ProposedMediator }) {
  const { t, locale } = useI18n();
  const p = t.matching.proposal;
  const x = mediator.external;
  if (!x) return null;
  return (
    <div className="mp-matching-external">
      <h3 className="utrecht-heading-3">{p.externalCaption(mediator.name)}</h3>
      <DataList
        items={[
          { key: 'organisation', label: p.organisation, value: x.organisation },
          { key: 'mfn', label: p.mfnNumber, value: x.mfnNumber },
          ...(x.agreedRateCents !== null ? [{ key: 'rate', label: p.rate, value: p.perHour(formatEuros(x.agreedRateCents, locale)) }] : []),
          { key: 'email', label: p.email, value: x.email ?? p.noEmailGiven },
          { key: 'chosenBy', label: p.chosenBy, value: p.chosenByValues[x.chosenBy] },
        ]}
      />
    </div>
  );
}

/**
 * A case assigned to an external mediator has no pool mediator on it, so the case's own list of
 * mediators is empty: this section says who mediates, with the agreed terms. Nothing otherwise.
 */
export function AssignedExternalSection({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const a = t.matching.assignedExternal;
  const proposals = useQuery((signal) => listProposals(caseId, signal), [caseId]);
  const assigned = proposals.data?.items.find((x) => x.status === 'assigned');
  const external = assigned?.mediators.find((m) => m.kind === 'external');
  if (!external) return null;
  return (
    <Section id="matching-assigned-external" title={a.heading}>
      <Paragraph>{a.intro(external.name)}</Paragraph>
      <ExternalDetails mediator={external} />
    </Section>
  );
}
