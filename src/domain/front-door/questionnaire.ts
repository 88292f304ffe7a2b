/**
 * The front door's questions (voorportaal, issue 15 item 4): their fixed answers. The words shown
 * to residents live in the web feature's catalogues (plain Dutch, B1); these are the codes.
 */

/** Who asks: a resident, an employee or a manager of a municipality. */
export const ASKER_ROLES = ['resident', 'employee', 'manager'] as const;
export type AskerRole = (typeof ASKER_ROLES)[number];

/** With whom the conflict is. */
export const CONFLICT_PARTIES = [
  // My employer or a colleague at a (member) municipality.
  'employer_or_colleague',
  // The municipality as government: e.g. a decision (a permit, a benefit) I object to.
  'municipality_government',
  'neighbour',
  'someone_else',
] as const;
export type ConflictParty = (typeof CONFLICT_PARTIES)[number];

/** What has been tried already (any number, or none). */
export const TRIED_STEPS = ['talked_together', 'contact_with_department', 'complaint_or_objection', 'help_from_someone'] as const;
export type TriedStep = (typeof TRIED_STEPS)[number];

/** Signs that mediation is not the safe or useful first step now. */
export const FRONT_DOOR_CONTRA_INDICATIONS = ['violence_or_threats', 'acute_psychiatric_crisis', 'court_case_running', 'discrimination', 'addiction'] as const;
export type FrontDoorContraIndication = (typeof FRONT_DOOR_CONTRA_INDICATIONS)[number];

export interface FrontDoorAnswers {
  readonly askerRole: AskerRole;
  readonly conflictWith: ConflictParty;
  readonly tried: readonly TriedStep[];
  readonly contraIndications: readonly FrontDoorContraIndication[];
  /** For a conflict with the municipality as government: is it about a decision one objects to? */
  readonly aboutDecision?: boolean;
  /** The date on the decision (the day it was sent), when it is about a decision. */
  readonly decisionDate?: string | null;
}
