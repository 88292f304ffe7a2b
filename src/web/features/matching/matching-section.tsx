import { useState } from 'react';
import { getCaseMatching } from '../../api/matching.js';
import { ButtonLink } from '../../components/link.js';
import { Paragraph } from '../../components/heading.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { CandidatesSection } from './candidates-section.js';
import { AssignedExternalSection } from './external-details.js';
import { ExternalMediatorSection } from './external-mediator-section.js';
import { EarlierProposals, ProposalSection } from './proposal-section.js';
import { PartnerCandidatesSection } from '../lending/partner-candidates-section.js';
import './matching.css';

/** Statuses in which a case may be in the hands of an external mediator. */
const WITH_MEDIATOR = new Set(['assigned', 'in_progress', 'concluded', 'aftercare']);

/**
 * The matching part of the case detail, as the server allows it (`allowedActions` of the case's
 * matching; today only the pool's coordinators get any): the candidates and the external mediator
 * form while the case is in `matching`, the proposal with each party's consent while it is
 * `proposed`, and the external mediator (if any) once the case is assigned.
 */
export function MatchingSection({ caseId, status, onChanged }: { caseId: string; status: string; onChanged(message: string): void }) {
  const { t } = useI18n();
  // Asked again when the status changes: what one may do depends on it.
  const matching = useQuery((signal) => getCaseMatching(caseId, signal), [caseId, status]);
  const [externalOpen, setExternalOpen] = useState(false);
  const may = new Set(matching.data?.caseId === caseId ? matching.data.allowedActions : []);
  if (!may.has('viewProposals') && !may.has('viewCandidates')) return null;
  // From the candidate list's notice: open the form, or bring the focus back to it when open.
  const proposeExternal = () => (externalOpen ? document.getElementById('external-form-title')?.focus() : setExternalOpen(true));
  if (status === 'matching') {
    return (
      <>
        {may.has('viewCandidates') && <CandidatesSection caseId={caseId} onProposed={onChanged} onProposeExternal={may.has('proposeExternal') ? proposeExternal : undefined} />}
        {/* Lending between pools (issue 15): partner pools' eligible mediators, to ask a loan. */}
        {may.has('viewCandidates') && <PartnerCandidatesSection caseId={caseId} />}
        {may.has('proposeExternal') && (
          <ExternalMediatorSection
            caseId={caseId}
            open={externalOpen}
            onOpenChange={setExternalOpen}
            onProposed={(message) => {
              setExternalOpen(false);
              onChanged(message);
            }}
          />
        )}
        {may.has('viewProposals') && <EarlierProposals caseId={caseId} />}
        {may.has('batchSuggest') && (
          <Paragraph>
            <ButtonLink to="/zaken/matching-voorstel">{t.matching.batch.link}</ButtonLink>
          </Paragraph>
        )}
      </>
    );
  }
  if (!may.has('viewProposals')) return null;
  if (status === 'proposed') return <ProposalSection caseId={caseId} onChanged={onChanged} />;
  if (WITH_MEDIATOR.has(status)) return <AssignedExternalSection caseId={caseId} />;
  return null;
}
