import { useState } from 'react';
import { ButtonLink } from '../../components/link.js';
import { Paragraph } from '../../components/heading.js';
import { useCurrentSession } from '../../app/session.js';
import { useI18n } from '../../i18n/i18n.js';
import { CandidatesSection } from './candidates-section.js';
import { AssignedExternalSection } from './external-details.js';
import { ExternalMediatorSection } from './external-mediator-section.js';
import { EarlierProposals, ProposalSection } from './proposal-section.js';
import './matching.css';

/** Statuses in which a case may be in the hands of an external mediator. */
const WITH_MEDIATOR = new Set(['assigned', 'in_progress', 'concluded', 'aftercare']);

/**
 * The matching part of the case detail, for the coordinator only: the candidates and the
 * external mediator form while the case is in `matching`, the proposal with each party's consent
 * while it is `proposed`, and the external mediator (if any) once the case is assigned.
 */
export function MatchingSection({ caseId, status, onChanged }: { caseId: string; status: string; onChanged(message: string): void }) {
  const { t } = useI18n();
  const { user } = useCurrentSession();
  const [externalOpen, setExternalOpen] = useState(false);
  if (!user.roles.includes('coordinator')) return null;
  // From the candidate list's notice: open the form, or bring the focus back to it when open.
  const proposeExternal = () => (externalOpen ? document.getElementById('external-form-title')?.focus() : setExternalOpen(true));
  if (status === 'matching') {
    return (
      <>
        <CandidatesSection caseId={caseId} onProposed={onChanged} onProposeExternal={proposeExternal} />
        <ExternalMediatorSection
          caseId={caseId}
          open={externalOpen}
          onOpenChange={setExternalOpen}
          onProposed={(message) => {
            setExternalOpen(false);
            onChanged(message);
          }}
        />
        <EarlierProposals caseId={caseId} />
        <Paragraph>
          <ButtonLink to="/zaken/matching-voorstel">{t.matching.batch.link}</ButtonLink>
        </Paragraph>
      </>
    );
  }
  if (status === 'proposed') return <ProposalSection caseId={caseId} onChanged={onChanged} />;
  if (WITH_MEDIATOR.has(status)) return <AssignedExternalSection caseId={caseId} />;
  return null;
}
