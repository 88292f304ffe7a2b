import { objectionDeadlines, objectionPeriod, type ObjectionIssue } from '../calendar/awb-objection.js';
import { compareIsoDates, type IsoDate } from '../calendar/iso-date.js';
import { fail, ok, type Result } from '../calendar/result.js';
import type { FrontDoorAnswers, FrontDoorContraIndication } from './questionnaire.js';
import { POOL_FRONT_DOOR_ROUTES, type FrontDoorRoute } from './routes.js';

/** Why the front door advises what it does; the web turns each code into a plain sentence. */
export type AdviceReason =
  | 'safety_first'
  | 'acute_crisis'
  | 'court_case_running'
  | 'discrimination'
  | 'addiction'
  | 'pool_serves_municipality'
  | 'municipality_not_in_pool'
  | 'informal_first'
  | 'department_already_contacted'
  | 'neighbour_conflict'
  | 'other_conflict'
  | 'objection_term_passed';

/** The Awb dates of an objection against a decision, on the statutory calendar. */
export interface ObjectionDates {
  readonly decisionDate: IsoDate;
  /** Last day to object (Awb 6:7, 6:8; Atw extension included). */
  readonly lastDayToObject: IsoDate;
  readonly stillOpen: boolean;
  /** Last day for the decision on an objection made on time: 6 weeks after the objection term (7:10(1)). */
  readonly decisionDueOn: IsoDate;
  /** The same with an advisory committee: 12 weeks (7:10(1), 7:13). */
  readonly decisionDueWithCommitteeOn: IsoDate;
}

export interface FrontDoorAdvice {
  /** The most suitable route. */
  readonly route: FrontDoorRoute;
  readonly reasons: readonly AdviceReason[];
  /** Other routes, most suitable first; an independent registered mediator is always among them (or the route itself). */
  readonly alternatives: readonly FrontDoorRoute[];
  /** The pool's intake may take a self-referral: a pool route for a member municipality, no contra-indication. */
  readonly selfReferral: boolean;
  readonly objection: ObjectionDates | null;
}

export interface AdviceContext {
  /** The chosen municipality is a member of a pool on this installation. */
  readonly municipalityInPool: boolean;
  readonly today: IsoDate;
}

/** Contra-indications in order of urgency, each with the route it leads to and why. */
const CONTRA_ROUTES: ReadonlyArray<readonly [FrontDoorContraIndication, FrontDoorRoute, AdviceReason]> = [
  ['violence_or_threats', 'police_or_veilig_thuis', 'safety_first'],
  ['acute_psychiatric_crisis', 'crisis_help', 'acute_crisis'],
  ['court_case_running', 'legal_advice', 'court_case_running'],
  ['discrimination', 'discrimination_desk', 'discrimination'],
  ['addiction', 'care_first', 'addiction'],
];

/**
 * The front door's advice: a pure function of the answers and whether a pool serves the
 * municipality. Safety comes first: any contra-indication leads to the service for it (the
 * most urgent one first) and never to the pool's intake. Otherwise, by whom the conflict is with:
 * - employer or colleague: the pool's mediation where a pool serves the municipality;
 * - the municipality as government: first the informal approach (a phone call from the
 *   department, "Prettig contact met de overheid"), the pool's mediation once the department
 *   was contacted; with a decision's date, the Awb's last day to object and decision deadline;
 * - a neighbour: neighbourhood mediation; someone else: an independent registered mediator.
 * An independent registered mediator is always offered (the parties choose their mediator).
 */
export function adviseRoute(answers: FrontDoorAnswers, context: AdviceContext): Result<FrontDoorAdvice, ObjectionIssue> {
  let objection: ObjectionDates | null = null;
  if (answers.conflictWith === 'municipality_government' && answers.aboutDecision && answers.decisionDate) {
    const dates = objectionDates(answers.decisionDate, context.today);
    if (!dates.ok) return dates;
    objection = dates.value;
  }
  const termPassed: AdviceReason[] = objection && !objection.stillOpen ? ['objection_term_passed'] : [];

  const contra = CONTRA_ROUTES.filter(([sign]) => answers.contraIndications.includes(sign));
  if (contra.length > 0) {
    const [[, route, reason], ...others] = contra as [(typeof contra)[number], ...typeof contra];
    return ok({
      route,
      reasons: [reason, ...others.map(([, , r]) => r), ...termPassed],
      alternatives: withIndependent(route, others.map(([, r]) => r)),
      selfReferral: false,
      objection,
    });
  }

  const inPool = context.municipalityInPool;
  const advice = (route: FrontDoorRoute, reasons: AdviceReason[], alternatives: FrontDoorRoute[]): FrontDoorAdvice => ({
    route,
    reasons: [...reasons, ...termPassed],
    alternatives: withIndependent(route, alternatives),
    selfReferral: inPool && POOL_FRONT_DOOR_ROUTES.includes(route),
    objection,
  });

  switch (answers.conflictWith) {
    case 'employer_or_colleague':
      return ok(
        inPool
          ? advice('pool_mediation', ['pool_serves_municipality'], ['legal_advice'])
          : advice('independent_mediator', ['municipality_not_in_pool'], ['legal_advice']),
      );
    case 'municipality_government': {
      const contacted = answers.tried.includes('contact_with_department');
      if (!contacted) {
        return ok(advice('informal_approach', ['informal_first', inPool ? 'pool_serves_municipality' : 'municipality_not_in_pool'], inPool ? ['pool_mediation', 'legal_advice'] : ['legal_advice']));
      }
      return ok(
        inPool
          ? advice('pool_mediation', ['department_already_contacted', 'pool_serves_municipality'], ['legal_advice'])
          : advice('independent_mediator', ['department_already_contacted', 'municipality_not_in_pool'], ['legal_advice']),
      );
    }
    case 'neighbour':
      return ok(advice('neighbourhood_mediation', ['neighbour_conflict'], ['legal_advice']));
    case 'someone_else':
      return ok(advice('independent_mediator', ['other_conflict'], ['legal_advice']));
  }
}

/** The Awb dates from the decision's date (the day it was sent), with the existing calendar rules. */
export function objectionDates(decisionDate: IsoDate, today: IsoDate): Result<ObjectionDates, ObjectionIssue> {
  const plain = objectionDeadlines({ decisionSentOn: decisionDate, advisoryCommittee: false, today });
  if (!plain.ok) return fail(plain.error);
  const committee = objectionDeadlines({ decisionSentOn: decisionDate, advisoryCommittee: true, today });
  if (!committee.ok) return fail(committee.error);
  const lastDayToObject = objectionPeriod(decisionDate).endsOn;
  return ok({
    decisionDate,
    lastDayToObject,
    stillOpen: compareIsoDates(today, lastDayToObject) <= 0,
    decisionDueOn: plain.value.decisionDueOn,
    decisionDueWithCommitteeOn: committee.value.decisionDueOn,
  });
}

function withIndependent(route: FrontDoorRoute, alternatives: readonly FrontDoorRoute[]): FrontDoorRoute[] {
  const list = alternatives.filter((r, i) => r !== route && alternatives.indexOf(r) === i);
  return route === 'independent_mediator' || list.includes('independent_mediator') ? list : [...list, 'independent_mediator'];
}
