import type { ReactNode } from 'react';
import type { CaseDetail } from '../../api/cases.js';
import { getCaseMatching } from '../../api/matching.js';
import { Paragraph } from '../../components/heading.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { PartLink } from './case-part-menu.js';
import { CaseStatusBadge, ClockBadge } from './components/case-badges.js';
import { TransitionActions } from './transition-actions.js';

/** Statuses in which the next step is a matching step (no status step of one's own). */
const MATCHING_PHASE = new Set(['matching', 'proposed']);

/**
 * The top of a case page: where the case stands (status, the deadlines still running) and the one
 * primary next step for this viewer, from what the server allows (the case's allowedTransitions
 * and allowedActions, and the matching's allowedActions while a mediator is sought). Every other
 * step the viewer may take sits beside it, as a secondary button.
 */
export function CaseSummary({
  c,
  onTransitioned,
  onStale,
}: {
  c: CaseDetail;
  onTransitioned(message: string): void;
  onStale(): void;
}) {
  const { t, date } = useI18n();
  const d = t.cases.detail;
  const s = d.summary;
  const inMatching = MATCHING_PHASE.has(c.status);
  // Asked only while a mediator is sought: whether this viewer may look at candidates or the proposal.
  const matching = useQuery((signal) => (inMatching ? getCaseMatching(c.id, signal) : Promise.resolve(null)), [c.id, c.status]);
  const matchingMay = new Set(matching.data?.caseId === c.id ? matching.data.allowedActions : []);

  let lead: ReactNode = null;
  if (c.status === 'matching' && matchingMay.has('viewCandidates')) {
    lead = (
      <PartLink part="matching" button="primary">
        {s.findMediator}
      </PartLink>
    );
  } else if (c.status === 'proposed' && matchingMay.has('viewProposals')) {
    lead = (
      <PartLink part="matching" button="primary">
        {s.viewProposal}
      </PartLink>
    );
  }
  const running = c.clocks.filter((k) => k.status === 'running');
  const hasStep = lead !== null || c.allowedTransitions.length > 0 || c.allowedActions.includes('triage');

  return (
    <div className="mp-case-summary">
      <div className="mp-case-badges">
        <CaseStatusBadge status={c.status} />
        {c.clockState && <ClockBadge state={c.clockState} />}
      </div>
      <Paragraph className="mp-case-summary__phase">{s.phase[c.status]}</Paragraph>
      {running.length > 0 && (
        <ul className="mp-case-summary__clocks" aria-label={s.clocksLabel}>
          {running.map((k) => (
            <li key={k.key}>
              {s.clockDue(t.cases.clockLabels[k.key] ?? k.label, date(k.dueOn))}{' '}
              {k.state && <ClockBadge state={k.state} {...(k.workingDaysLeft !== null ? { extra: d.clockLeft(k.workingDaysLeft) } : {})} />}
            </li>
          ))}
        </ul>
      )}
      {hasStep ? (
        <TransitionActions detail={c} onDone={onTransitioned} onStale={onStale} lead={lead} />
      ) : (
        <Paragraph className="mp-case-summary__none">{s.noStep}</Paragraph>
      )}
    </div>
  );
}
