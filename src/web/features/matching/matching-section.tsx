import { ButtonLink } from '../../components/link.js';
import { Paragraph } from '../../components/heading.js';
import { useCurrentSession } from '../../app/session.js';
import { useI18n } from '../../i18n/i18n.js';
import { CandidatesSection } from './candidates-section.js';
import { EarlierProposals, ProposalSection } from './proposal-section.js';
import './matching.css';

/**
 * The matching part of the case detail, for the coordinator only: the candidates while the case
 * is in `matching`, the proposal with each party's consent while it is `proposed`.
 */
export function MatchingSection({ caseId, status, onChanged }: { caseId: string; status: string; onChanged(message: string): void }) {
  const { t } = useI18n();
  const { user } = useCurrentSession();
  if (!user.roles.includes('coordinator')) return null;
  if (status === 'matching') {
    return (
      <>
        <CandidatesSection caseId={caseId} onProposed={onChanged} />
        <EarlierProposals caseId={caseId} />
        <Paragraph>
          <ButtonLink to="/zaken/matching-voorstel">{t.matching.batch.link}</ButtonLink>
        </Paragraph>
      </>
    );
  }
  if (status === 'proposed') return <ProposalSection caseId={caseId} onChanged={onChanged} />;
  return null;
}
