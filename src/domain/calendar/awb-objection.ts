import { FIRST_SUPPORTED_YEAR } from './dutch-holidays.js';
import { addDays, formatDutchDate, isIsoDate, toDayNumber, type IsoDate } from './iso-date.js';
import { fail, ok, type DomainIssue, type Result } from './result.js';
import { termOfDays, termOfWeeks, type StatutoryTerm } from './statutory-term.js';

/**
 * Deadlines of an objection (bezwaar) under the Awb, on the statutory calendar:
 *
 * - Objection period (6:7, 6:8(1)): six weeks, starting the day after the decision was sent.
 * - Decision on the objection (7:10(1)): six weeks, twelve with an advisory committee (7:13),
 *   starting the day after the objection period expired. We take the period's end AFTER the
 *   Atw extension: the period had not expired before that day.
 * - Adjournment (7:10(3)): once, by at most six weeks, announced before the term expires.
 * - Further postponement (7:10(4)): only with the objector's consent, for a stated length;
 *   may be given more than once, and does not require an adjournment first.
 *
 * An adjournment runs from the END of the decision term as the Atw has extended it: the term had
 * not expired before that day, so the extra weeks start the day after (a term that nominally ends
 * on Easter Monday expires on Tuesday; six weeks of adjournment then run from Wednesday). The
 * adjourned term is a statutory term of its own, so Atw art. 1 extends its end too. A
 * postponement with consent likewise runs from the end of the (adjourned) term before it.
 * The adjournment must be announced while the decision term runs: not after its Atw-extended
 * end, and not before the contested decision was sent.
 *
 * Worked example: decision sent Monday 2 November 2026, advisory committee: the objection
 * period runs 3 Nov – 14 Dec 2026; the decision term 15 Dec 2026 – 8 March 2027.
 */
export const OBJECTION_PERIOD_WEEKS = 6;
export const DECISION_WEEKS = 6;
export const DECISION_WEEKS_WITH_ADVISORY_COMMITTEE = 12;
export const MAX_ADJOURNMENT_DAYS = 6 * 7;
/** Not in the law; stops absurd input (typing days for weeks) before it becomes a date. */
export const MAX_POSTPONEMENT_DAYS = 366;

export interface TermLength {
  readonly weeks?: number;
  readonly days?: number;
}

export interface Adjournment extends TermLength {
  /** Date the adjournment was announced in writing; must be within the running term. */
  readonly announcedOn?: IsoDate;
}

export interface ConsentPostponement extends TermLength {
  /** Date the objector consented (7:10(4)): recorded, and required. */
  readonly consentGivenOn: IsoDate;
}

export interface ObjectionInput {
  readonly decisionSentOn: IsoDate;
  readonly advisoryCommittee: boolean;
  /** At most one; a second is refused with `second_adjournment`. */
  readonly adjournments?: readonly Adjournment[];
  readonly postponements?: readonly ConsentPostponement[];
  /** When given, no input date may lie after it. */
  readonly today?: IsoDate;
}

export interface DecisionTerm extends StatutoryTerm {
  readonly baseWeeks: number;
  readonly adjournmentDays: number;
  readonly postponementDays: number;
}

export interface ObjectionTimeline {
  readonly objectionPeriod: StatutoryTerm;
  /** The decision term without adjournment or postponement. */
  readonly originalDecisionTerm: StatutoryTerm;
  /** The adjournment's own term, from the day after the original term's (extended) end; null without one. */
  readonly adjournedTerm: StatutoryTerm | null;
  readonly decisionTerm: DecisionTerm;
  /** Last day for the decision on the objection. */
  readonly decisionDueOn: IsoDate;
}

export type ObjectionIssueCode =
  | 'invalid_date'
  | 'date_in_future'
  | 'invalid_duration'
  | 'adjournment_too_long'
  | 'second_adjournment'
  | 'adjournment_too_late'
  | 'adjournment_too_early'
  | 'consent_required';

export type ObjectionIssue = DomainIssue<ObjectionIssueCode>;

/** Dates must lie where holidays are known and a year of postponements still fits. */
const LAST_INPUT_YEAR = 9000;

/** The objection period (bezwaartermijn, Awb 6:7 and 6:8(1)): its `endsOn` is the last day to object. */
export function objectionPeriod(decisionSentOn: IsoDate): StatutoryTerm {
  return termOfWeeks(addDays(decisionSentOn, 1), OBJECTION_PERIOD_WEEKS);
}

export function objectionDeadlines(input: ObjectionInput): Result<ObjectionTimeline, ObjectionIssue> {
  const problem = validate(input);
  if (problem) return fail(problem);

  const period = objectionPeriod(input.decisionSentOn);
  const baseWeeks = input.advisoryCommittee ? DECISION_WEEKS_WITH_ADVISORY_COMMITTEE : DECISION_WEEKS;
  const decisionStartsOn = addDays(period.endsOn, 1);
  const originalDecisionTerm = termOfWeeks(decisionStartsOn, baseWeeks);

  const adjournment = input.adjournments?.[0];
  if (adjournment?.announcedOn && adjournment.announcedOn > originalDecisionTerm.endsOn) {
    return fail({
      code: 'adjournment_too_late',
      field: 'adjournments[0].announcedOn',
      message: `Verdagen kan alleen binnen de beslistermijn (Awb 7:10 lid 3); die liep af op ${formatDutchDate(originalDecisionTerm.endsOn)}, met de verlenging door de Algemene termijnenwet.`,
    });
  }
  if (adjournment?.announcedOn && adjournment.announcedOn < input.decisionSentOn) {
    return fail({
      code: 'adjournment_too_early',
      field: 'adjournments[0].announcedOn',
      message: `De verdaging kan niet zijn meegedeeld vóór de verzending van het bestreden besluit op ${formatDutchDate(input.decisionSentOn)}.`,
    });
  }
  const adjournmentDays = adjournment ? lengthInDays(adjournment) : 0;
  const adjournedTerm = adjournment ? termOfDays(addDays(originalDecisionTerm.endsOn, 1), adjournmentDays) : null;

  // Each postponement with consent runs on from the (extended) end of the term before it.
  let last: StatutoryTerm = adjournedTerm ?? originalDecisionTerm;
  let postponementDays = 0;
  for (const p of input.postponements ?? []) {
    const days = lengthInDays(p);
    postponementDays += days;
    last = termOfDays(addDays(last.endsOn, 1), days);
  }

  const decisionTerm: DecisionTerm = {
    startsOn: decisionStartsOn,
    nominalEndsOn: last.nominalEndsOn,
    endsOn: last.endsOn,
    extendedByAtw: last.extendedByAtw,
    baseWeeks,
    adjournmentDays,
    postponementDays,
  };
  return ok({ objectionPeriod: period, originalDecisionTerm, adjournedTerm, decisionTerm, decisionDueOn: last.endsOn });
}

function lengthInDays(t: TermLength): number {
  return (t.weeks ?? 0) * 7 + (t.days ?? 0);
}

function validate(input: ObjectionInput): ObjectionIssue | null {
  if (input.today !== undefined && !isIsoDate(input.today)) {
    return { code: 'invalid_date', field: 'today', message: 'Ongeldige datum van vandaag.' };
  }
  const dateIssue = checkDate(input.decisionSentOn, 'decisionSentOn', input.today);
  if (dateIssue) return dateIssue;

  const adjournments = input.adjournments ?? [];
  if (adjournments.length > 1) {
    return {
      code: 'second_adjournment',
      field: 'adjournments',
      message: 'De beslissing op bezwaar kan maar één keer worden verdaagd (Awb 7:10 lid 3); verder uitstel kan alleen met instemming van de indiener.',
    };
  }
  for (const [i, a] of adjournments.entries()) {
    const field = `adjournments[${i}]`;
    const lengthIssue = checkLength(a, field);
    if (lengthIssue) return lengthIssue;
    if (lengthInDays(a) > MAX_ADJOURNMENT_DAYS) {
      return {
        code: 'adjournment_too_long',
        field,
        message: 'Verdagen kan voor ten hoogste zes weken (Awb 7:10 lid 3).',
      };
    }
    if (a.announcedOn !== undefined) {
      const issue = checkDate(a.announcedOn, `${field}.announcedOn`, input.today);
      if (issue) return issue;
    }
  }

  for (const [i, p] of (input.postponements ?? []).entries()) {
    const field = `postponements[${i}]`;
    const lengthIssue = checkLength(p, field);
    if (lengthIssue) return lengthIssue;
    if (lengthInDays(p) > MAX_POSTPONEMENT_DAYS) {
      return {
        code: 'invalid_duration',
        field,
        message: `Uitstel van meer dan ${MAX_POSTPONEMENT_DAYS} dagen in één keer is niet aannemelijk; controleer weken en dagen.`,
      };
    }
    if (typeof p.consentGivenOn !== 'string' || p.consentGivenOn.trim() === '') {
      return {
        code: 'consent_required',
        field: `${field}.consentGivenOn`,
        message: 'Verder uitstel kan alleen met instemming van de indiener van het bezwaarschrift (Awb 7:10 lid 4); vul de datum van instemming in.',
      };
    }
    const issue = checkDate(p.consentGivenOn, `${field}.consentGivenOn`, input.today);
    if (issue) return issue;
  }
  return null;
}

function checkDate(value: unknown, field: string, today: IsoDate | undefined): ObjectionIssue | null {
  if (!isIsoDate(value)) {
    return { code: 'invalid_date', field, message: 'Vul een geldige datum in (JJJJ-MM-DD).' };
  }
  const year = Number(value.slice(0, 4));
  if (year < FIRST_SUPPORTED_YEAR || year > LAST_INPUT_YEAR) {
    return { code: 'invalid_date', field, message: `Vul een datum vanaf ${FIRST_SUPPORTED_YEAR} in.` };
  }
  if (today !== undefined && toDayNumber(value) > toDayNumber(today)) {
    return { code: 'date_in_future', field, message: 'Deze datum ligt in de toekomst.' };
  }
  return null;
}

function checkLength(t: TermLength, field: string): ObjectionIssue | null {
  const parts: Array<[keyof TermLength, number | undefined]> = [
    ['weeks', t.weeks],
    ['days', t.days],
  ];
  for (const [name, v] of parts) {
    if (v !== undefined && !(Number.isSafeInteger(v) && v >= 0)) {
      return { code: 'invalid_duration', field: `${field}.${name}`, message: 'Vul een geheel aantal van 0 of meer in.' };
    }
  }
  if (lengthInDays(t) < 1) {
    return { code: 'invalid_duration', field, message: 'Vul een duur van minstens één dag in.' };
  }
  return null;
}
