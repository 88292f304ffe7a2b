import type { CaseCapacity } from './actor-context.js';
import { OPEN_STATUSES, type CaseStatus } from './case-status.js';

/**
 * THE case lifecycle: every allowed status change, who may make it, and whether a reason is
 * required. Anything not listed is illegal. The server guards each change with
 * `UPDATE … WHERE status = from` and records (actor, time, from, to, reason).
 *
 *   from          → to            by                               reason
 *   registered    → triage        coordinator                      –
 *   triage        → matching      coordinator (via decideTriage)   –
 *   matching      → proposed      system (matching module)         –
 *   proposed      → assigned      system (all consents recorded)   –
 *   proposed      → matching      system (a party or the mediator  required
 *                                 declined) or coordinator
 *                                 (retracts the proposal)
 *   assigned      → matching      coordinator (mediator can no     required
 *                                 longer take the case)
 *   assigned      → in_progress   coordinator, assigned mediator   –
 *   in_progress   → concluded     assigned mediator, coordinator   –
 *   concluded     → in_progress   coordinator (reopen)             required
 *   concluded     → aftercare     coordinator, assigned mediator   –
 *   concluded     → closed        coordinator (no aftercare)       required
 *   aftercare     → closed        coordinator                      –
 *   any open      → withdrawn     coordinator; the referring       required
 *                                 contact only up to `proposed`
 *                                 (not once a mediator is assigned)
 *   any open      → referred      coordinator                      required
 *
 * Judgement calls, beyond the issue text:
 * - `assigned → matching` and `concluded → closed` are additions: a mediator who falls ill
 *   before the first session, and parties who decline aftercare, should not force a
 *   withdrawal or a pointless aftercare step. Both need a reason, so the timeline says why.
 * - The admin role configures the pool and has no part in case work; finance neither.
 * - The system makes only the two automatic steps, so a bug elsewhere cannot close a case.
 * - `referred` needs a reason from whoever refers; the destination agency is checked by
 *   decideTriage (triage) and recorded by the caller, because "not suitable" has none.
 * - Withdrawn and referred are reachable from every open status, `concluded` and `aftercare`
 *   included (a conflict that flares up again during aftercare may be referred on).
 */
export interface TransitionRule {
  readonly from: CaseStatus;
  readonly to: CaseStatus;
  readonly by: readonly CaseCapacity[];
  readonly reasonRequired: boolean;
  /** Dutch action label for the button offering this transition. */
  readonly label: string;
}

const rule = (
  from: CaseStatus,
  to: CaseStatus,
  by: readonly CaseCapacity[],
  reasonRequired: boolean,
  label: string,
): TransitionRule => Object.freeze({ from, to, by: Object.freeze([...by]), reasonRequired, label });

/** The statuses from which the referrer may still withdraw: before a mediator is assigned. */
const REFERRER_MAY_WITHDRAW: readonly CaseStatus[] = ['registered', 'triage', 'matching', 'proposed'];

export const TRANSITIONS: readonly TransitionRule[] = Object.freeze([
  rule('registered', 'triage', ['coordinator'], false, 'Triage starten'),
  rule('triage', 'matching', ['coordinator'], false, 'Naar matching'),
  rule('matching', 'proposed', ['system'], false, 'Mediator voorstellen'),
  rule('proposed', 'assigned', ['system'], false, 'Toewijzen'),
  rule('proposed', 'matching', ['system', 'coordinator'], true, 'Voorstel intrekken'),
  rule('assigned', 'matching', ['coordinator'], true, 'Opnieuw matchen'),
  rule('assigned', 'in_progress', ['coordinator', 'assigned_mediator'], false, 'Mediation starten'),
  rule('in_progress', 'concluded', ['assigned_mediator', 'coordinator'], false, 'Mediation afronden'),
  rule('concluded', 'in_progress', ['coordinator'], true, 'Heropenen'),
  rule('concluded', 'aftercare', ['coordinator', 'assigned_mediator'], false, 'Nazorg starten'),
  rule('concluded', 'closed', ['coordinator'], true, 'Sluiten zonder nazorg'),
  rule('aftercare', 'closed', ['coordinator'], false, 'Zaak sluiten'),
  ...OPEN_STATUSES.map((from) =>
    rule(
      from,
      'withdrawn',
      REFERRER_MAY_WITHDRAW.includes(from) ? ['coordinator', 'referrer'] : ['coordinator'],
      true,
      'Intrekken',
    ),
  ),
  ...OPEN_STATUSES.map((from) => rule(from, 'referred', ['coordinator'], true, 'Doorverwijzen')),
]);

export function findTransition(from: CaseStatus, to: CaseStatus): TransitionRule | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to);
}
