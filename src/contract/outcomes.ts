import { Type, type Static } from 'typebox';
import { DateTime, IsoDate, Nullable, Obj, Uuid } from './common.js';

/**
 * The outcomes module's contract: the outcome of a case, the aftercare check, the open aftercare
 * tasks and the parties' anonymous satisfaction survey. The web's api/outcomes.ts takes its types
 * from here.
 */

/** What one may do with a case's outcome, aftercare and survey, and with the aftercare list (policy.ts). */
export const OUTCOME_ACTIONS = [
  'read',
  'handle',
  'record-outcome',
  'record-aftercare',
  'invite-survey',
  'resend-survey',
  'list-aftercare-tasks',
  'list-pool-aftercare-tasks',
] as const;
export type OutcomeAction = (typeof OUTCOME_ACTIONS)[number];
const OutcomeActionSchema = Type.Enum(OUTCOME_ACTIONS);

/** The problem codes (slugs) the outcomes module answers with. */
export const OUTCOMES_PROBLEMS = [
  'outcome-not-open',
  'outcome-missing',
  'aftercare-not-open',
  'aftercare-recorded',
  'survey-not-open',
  'survey-already-sent',
  'survey-not-sent',
  'survey-untracked',
  'survey-no-email',
  'survey-all-answered',
  'survey-answered',
] as const;

export const OUTCOMES = ['full_agreement', 'partial_agreement', 'no_agreement', 'stopped_by_party', 'stopped_by_mediator', 'other_party_refused', 'referred_on'] as const;
export const AGREEMENTS_KEPT = ['yes', 'partly', 'no'] as const;

export const CaseParams = Obj({ caseId: Uuid });

export const OutcomeEnum = Type.Union(
  [
    Type.Literal('full_agreement'),
    Type.Literal('partial_agreement'),
    Type.Literal('no_agreement'),
    Type.Literal('stopped_by_party'),
    Type.Literal('stopped_by_mediator'),
    Type.Literal('other_party_refused'),
    Type.Literal('referred_on'),
  ],
  { description: 'Uitkomst van de mediation' },
);
export type Outcome = Static<typeof OutcomeEnum>;
export const KeptEnum = Type.Union([Type.Literal('yes'), Type.Literal('partly'), Type.Literal('no')], { description: 'Zijn de afspraken nagekomen?' });
export type AgreementsKept = Static<typeof KeptEnum>;

export const OutcomeBody = Obj({
  outcome: OutcomeEnum,
  writtenAgreement: Type.Boolean({ description: 'Is er een schriftelijke vaststellingsovereenkomst?' }),
  shareWithReferrer: Type.Boolean({ description: 'Mogen de partijen de uitkomst (alleen de categorie) met de verwijzer delen?' }),
});
export type OutcomeInput = Static<typeof OutcomeBody>;

export const SurveyStateSchema = Obj(
  {
    firstSentAt: DateTime,
    lastSentAt: DateTime,
    invited: Type.Integer({ description: 'Geldige links (een opnieuw verstuurde link vervangt de vorige)' }),
    answered: Type.Integer({ description: 'Gebruikte links' }),
    pending: Type.Integer({ description: 'Partijen met e-mailadres die opnieuw verstuurd de vraag krijgen' }),
  },
  { description: 'De tevredenheidsvraag aan de partijen; null als die nog niet is verstuurd' },
);
export type SurveyState = Static<typeof SurveyStateSchema>;

export const OutcomeSchema = Obj({
  caseId: Uuid,
  status: Type.String(),
  concludedOn: Nullable(IsoDate),
  shareWithReferrer: Type.Boolean(),
  outcome: Nullable(OutcomeEnum),
  writtenAgreement: Nullable(Type.Boolean()),
  recordedAt: Nullable(DateTime),
  sessionsHeld: Nullable(Type.Integer({ description: 'Gehouden gesprekken (afgeleid)' })),
  minutesApproved: Nullable(Type.Integer({ description: 'Goedgekeurde minuten (afgeleid)' })),
  minutesSubmitted: Nullable(Type.Integer({ description: 'Ingediende, nog niet beoordeelde minuten (afgeleid)' })),
  aftercare: Nullable(
    Obj({
      dueOn: Nullable(IsoDate),
      agreementsKept: Nullable(KeptEnum),
      note: Nullable(Type.String()),
      recordedAt: Nullable(DateTime),
    }),
  ),
  survey: Nullable(SurveyStateSchema),
  allowedActions: Type.Array(OutcomeActionSchema, { description: 'Wat u nu met de uitkomst, de nazorg en de tevredenheidsvraag mag doen' }),
});

export type CaseOutcome = Static<typeof OutcomeSchema>;

export const AftercareBody = Obj({ agreementsKept: KeptEnum, note: Type.Optional(Type.String({ maxLength: 2000 })) });
export type AftercareInput = Static<typeof AftercareBody>;

export const AftercareTaskSchema = Obj({
  caseId: Uuid,
  caseNumber: Type.String(),
  status: Type.String(),
  concludedOn: Nullable(IsoDate),
  dueOn: IsoDate,
  due: Type.Boolean({ description: 'De nazorgdatum is bereikt' }),
  leadMediatorName: Nullable(Type.String({ description: 'De mediator (hoofd) op de zaak; leeg als er geen is' })),
});
export type AftercareTask = Static<typeof AftercareTaskSchema>;

export const AftercareTaskListSchema = Obj({
  items: Type.Array(AftercareTaskSchema),
  allowedActions: Type.Array(OutcomeActionSchema, { description: 'list-pool-aftercare-tasks: de lijst beslaat de hele pool (met de mediator per zaak)' }),
});
export type AftercareTaskList = Static<typeof AftercareTaskListSchema>;

export const SurveyInvitedSchema = Obj({ invited: Type.Integer() });
export type SurveyInvited = Static<typeof SurveyInvitedSchema>;

const Score = Type.Integer({ minimum: 1, maximum: 5 });
export const SurveyBody = Obj({ process: Score, mediator: Score, outcome: Score, comment: Type.Optional(Type.String({ maxLength: 2000 })) });
export const SurveyTokenParams = Obj({ token: Type.String({ minLength: 1, maxLength: 200 }) });
export const PublicSurveySchema = Obj({ poolName: Type.String(), answered: Type.Boolean() });
export type SurveyAnswer = Static<typeof SurveyBody>;
export type PublicSurvey = Static<typeof PublicSurveySchema>;
