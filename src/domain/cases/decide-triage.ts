import { fail, ok, type DomainIssue, type Result } from '../calendar/result.js';
import { CONTRA_INDICATIONS, isContraIndication, type ContraIndication } from './contra-indications.js';
import { MAX_REASON_LENGTH } from './case-transitions.js';
import {
  ROUTES_NEEDING_DESTINATION,
  TRIAGE_ROUTE_LABELS,
  isPoolRoute,
  isTriageRoute,
  statusAfterTriage,
  type TriageRoute,
} from './triage-routes.js';

/**
 * Validates a coordinator's triage decision and says where the case goes next:
 * - a pool route → `matching`; with a checked contra-indication only with a justification;
 * - refer elsewhere → `referred`, needs a destination agency and a reason;
 * - neighbourhood mediation → `referred`, needs the organisation as destination and a reason
 *   (the triage → referred transition always needs one);
 * - not suitable → `referred`, needs a reason; there is no destination.
 * Does not check who decides or the current status: that is checkTransition('triage', …).
 * Checks run in field order (route, contra-indications, destination, reason, justification)
 * and the first problem is returned.
 */
export const MAX_DESTINATION_LENGTH = 200;

export interface TriageInput {
  readonly route: string;
  readonly contraIndications: readonly string[];
  readonly destination?: string | null;
  readonly reason?: string | null;
  readonly justification?: string | null;
}

export interface TriageDecision {
  readonly route: TriageRoute;
  readonly nextStatus: 'matching' | 'referred';
  /** Checked items without duplicates, in checklist order. */
  readonly contraIndications: readonly ContraIndication[];
  readonly destination: string | null;
  readonly reason: string | null;
  /** Why a pool route is right despite a contra-indication. */
  readonly justification: string | null;
}

export type TriageIssueCode =
  | 'unknown_route'
  | 'unknown_contra_indication'
  | 'destination_required'
  | 'reason_required'
  | 'justification_required'
  | 'too_long';

export type TriageIssue = DomainIssue<TriageIssueCode>;

export function decideTriage(input: TriageInput): Result<TriageDecision, TriageIssue> {
  const { route } = input;
  if (!isTriageRoute(route)) {
    return fail({ code: 'unknown_route', field: 'route', message: 'Kies een route.' });
  }
  const unknown = input.contraIndications.find((c) => !isContraIndication(c));
  if (unknown !== undefined) {
    return fail({
      code: 'unknown_contra_indication',
      field: 'contraIndications',
      message: `Onbekende contra-indicatie: "${unknown}".`,
    });
  }
  const contraIndications = CONTRA_INDICATIONS.filter((c) => input.contraIndications.includes(c));

  const destination = clean(input.destination);
  const reason = clean(input.reason);
  const justification = clean(input.justification);
  for (const [field, value, max] of [
    ['destination', destination, MAX_DESTINATION_LENGTH],
    ['reason', reason, MAX_REASON_LENGTH],
    ['justification', justification, MAX_REASON_LENGTH],
  ] as const) {
    if (value !== null && value.length > max) {
      return fail({ code: 'too_long', field, message: `Gebruik hoogstens ${max} tekens.` });
    }
  }

  const pool = isPoolRoute(route);
  if (ROUTES_NEEDING_DESTINATION.includes(route) && destination === null) {
    return fail({
      code: 'destination_required',
      field: 'destination',
      message: `Vul in naar welke instantie de zaak gaat (${TRIAGE_ROUTE_LABELS[route]}).`,
    });
  }
  if (!pool && reason === null) {
    return fail({ code: 'reason_required', field: 'reason', message: 'Geef de reden van deze beslissing.' });
  }
  if (pool && contraIndications.length > 0 && justification === null) {
    return fail({
      code: 'justification_required',
      field: 'justification',
      message: 'Er is een contra-indicatie aangevinkt. Licht toe waarom bemiddeling door de pool toch passend is.',
    });
  }
  return ok({
    route,
    nextStatus: statusAfterTriage(route),
    contraIndications,
    // A destination typed and then abandoned when switching to a pool route is not kept.
    destination: pool || route === 'not_suitable' ? null : destination,
    reason,
    justification: pool ? justification : null,
  });
}

function clean(v: string | null | undefined): string | null {
  const t = typeof v === 'string' ? v.trim() : '';
  return t === '' ? null : t;
}
