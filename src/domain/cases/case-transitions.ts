import { hasCapacity, type ActorContext } from './actor-context.js';
import { CASE_STATUS_LABELS, isCaseStatus, type CaseStatus } from './case-status.js';
import { TRANSITIONS, findTransition, type TransitionRule } from './transition-table.js';
import { fail, ok, type DomainIssue, type Result } from '../calendar/result.js';

/**
 * Questions asked of the transition table (transition-table.ts): which transitions may this
 * actor take now (to offer only those in the UI), and may this one be taken (to guard the
 * update on the server). Both answer from the same table, so the UI never offers what the
 * server would refuse.
 */
export const MAX_REASON_LENGTH = 2000;

export type TransitionRefusalCode =
  | 'illegal_transition'
  | 'not_allowed_for_actor'
  | 'reason_required'
  | 'reason_too_long';
export type TransitionRefusal = DomainIssue<TransitionRefusalCode>;

export interface ApprovedTransition {
  readonly rule: TransitionRule;
  /** Trimmed reason, or null when none was given (only where none is required). */
  readonly reason: string | null;
}

export function mayTake(rule: TransitionRule, actor: ActorContext): boolean {
  return rule.by.some((capacity) => hasCapacity(actor, capacity));
}

/** The transitions out of `status` that this actor may take, in table order. */
export function allowedTransitions(status: CaseStatus, actor: ActorContext): readonly TransitionRule[] {
  return TRANSITIONS.filter((t) => t.from === status && mayTake(t, actor));
}

/**
 * Whether `actor` may move a case from `from` to `to`. Checked in this order, so the answer
 * names the most basic problem: illegal in the table, not for this actor, reason missing
 * (or longer than MAX_REASON_LENGTH).
 */
export function checkTransition(
  from: CaseStatus,
  to: CaseStatus,
  actor: ActorContext,
  reason?: string | null,
): Result<ApprovedTransition, TransitionRefusal> {
  const rule = isCaseStatus(from) && isCaseStatus(to) ? findTransition(from, to) : undefined;
  if (!rule) {
    const label = (s: string) => (isCaseStatus(s) ? CASE_STATUS_LABELS[s] : `"${s}"`);
    return fail({
      code: 'illegal_transition',
      message: `Een zaak kan niet van ${label(from)} naar ${label(to)} gaan.`,
    });
  }
  if (!mayTake(rule, actor)) {
    return fail({
      code: 'not_allowed_for_actor',
      message: `U mag deze zaak niet van ${CASE_STATUS_LABELS[from]} naar ${CASE_STATUS_LABELS[to]} zetten.`,
    });
  }
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  if (trimmed.length > MAX_REASON_LENGTH) {
    return fail({
      code: 'reason_too_long',
      field: 'reason',
      message: `Geef een reden van hoogstens ${MAX_REASON_LENGTH} tekens.`,
    });
  }
  if (rule.reasonRequired && trimmed === '') {
    return fail({ code: 'reason_required', field: 'reason', message: 'Geef een reden voor deze stap.' });
  }
  return ok({ rule, reason: trimmed === '' ? null : trimmed });
}
