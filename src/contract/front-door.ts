import { Type, type Static } from 'typebox';
import { Email, IsoDate, Nullable, Obj } from './common.js';
import { ASKER_ROLES, CONFLICT_PARTIES, FRONT_DOOR_CONTRA_INDICATIONS, TRIED_STEPS } from '../domain/front-door/questionnaire.js';
import { FRONT_DOOR_ROUTES } from '../domain/front-door/routes.js';
import { PUBLIC_STATUSES } from '../domain/front-door/public-status.js';

/**
 * The public front door (voorportaal): the municipalities to choose from, the advice for a
 * questionnaire's answers, a self-referral into a pool's intake, the resident's status link, and
 * the coordinator's report of anonymous route counts. Only the report needs a session.
 */

/** What one may do with the front door's report (front-door/policy.ts). */
export const FRONT_DOOR_ACTIONS = ['readReport'] as const;
export type FrontDoorAction = (typeof FRONT_DOOR_ACTIONS)[number];

export const FRONT_DOOR_PROBLEMS = ['too-many-requests', 'no-pool-for-municipality', 'contact-required', 'privacy-not-acknowledged'] as const;

/** The longest description a resident may give: a short one is enough to start with. */
export const SELF_REFERRAL_DESCRIPTION_MAX = 4000;

const MunicipalityCode = Type.String({ pattern: '^GM[0-9]{4}$', description: 'CBS-code van de gemeente, bijvoorbeeld GM1896' });
const AskerRoleSchema = Type.Enum(ASKER_ROLES);
const ConflictPartySchema = Type.Enum(CONFLICT_PARTIES);
const RouteSchema = Type.Enum(FRONT_DOOR_ROUTES);

export const FrontDoorMunicipalitySchema = Obj({ code: Type.String(), name: Type.String(), province: Type.String() });
export const FrontDoorMunicipalityListSchema = Obj({ items: Type.Array(FrontDoorMunicipalitySchema) });
export type FrontDoorMunicipality = Static<typeof FrontDoorMunicipalitySchema>;
export type FrontDoorMunicipalityList = Static<typeof FrontDoorMunicipalityListSchema>;

export const AdviceBody = Obj({
  askerRole: AskerRoleSchema,
  conflictWith: ConflictPartySchema,
  tried: Type.Array(Type.Enum(TRIED_STEPS), { maxItems: TRIED_STEPS.length, uniqueItems: true }),
  contraIndications: Type.Array(Type.Enum(FRONT_DOOR_CONTRA_INDICATIONS), { maxItems: FRONT_DOOR_CONTRA_INDICATIONS.length, uniqueItems: true }),
  municipalityCode: Nullable(MunicipalityCode),
  aboutDecision: Type.Optional(Type.Boolean()),
  decisionDate: Type.Optional(Nullable(IsoDate)),
});
export type AdviceInput = Static<typeof AdviceBody>;

export const ObjectionDatesSchema = Obj({
  decisionDate: IsoDate,
  lastDayToObject: IsoDate,
  stillOpen: Type.Boolean(),
  decisionDueOn: IsoDate,
  decisionDueWithCommitteeOn: IsoDate,
});

export const AdviceSchema = Obj({
  route: RouteSchema,
  reasons: Type.Array(Type.String()),
  alternatives: Type.Array(RouteSchema),
  selfReferral: Type.Boolean(),
  objection: Nullable(ObjectionDatesSchema),
  municipality: Nullable(Obj({ code: Type.String(), name: Type.String() })),
  /** The pool that serves the municipality, when there is one on this installation. */
  poolName: Nullable(Type.String()),
});
export type FrontDoorAdviceAnswer = Static<typeof AdviceSchema>;

export const SelfReferralBody = Obj({
  municipalityCode: MunicipalityCode,
  askerRole: AskerRoleSchema,
  conflictWith: Type.Enum(['employer_or_colleague', 'municipality_government'] as const),
  name: Type.String({ minLength: 1, maxLength: 200, description: 'Naam' }),
  email: Type.Optional(Nullable(Type.Union([Email, Type.Literal('')]))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 40, pattern: '^[0-9 +()-]*$' }))),
  description: Type.String({ minLength: 1, maxLength: SELF_REFERRAL_DESCRIPTION_MAX, description: 'Korte omschrijving van het conflict' }),
  privacyAcknowledged: Type.Boolean({ description: 'De privacyverklaring is getoond en gelezen' }),
  prefersIndependentMediator: Type.Boolean({ description: 'Ik heb liever een onafhankelijke mediator' }),
  decisionDate: Type.Optional(Nullable(IsoDate)),
  /** The honeypot: hidden from people; a filled one is answered like a success and stores nothing. */
  website: Type.Optional(Type.String({ maxLength: 500 })),
});
export type SelfReferralInput = Static<typeof SelfReferralBody>;

export const SelfReferralReceivedSchema = Obj({
  /** The personal status link's path (also mailed when an address was given). */
  statusPath: Type.String(),
  mailed: Type.Boolean(),
});
export type SelfReferralReceived = Static<typeof SelfReferralReceivedSchema>;

export const StatusTokenParams = Obj({ token: Type.String({ minLength: 1, maxLength: 200 }) });
export const PublicStatusSchema = Obj({ status: Type.Enum(PUBLIC_STATUSES) });
export type FrontDoorPublicStatus = Static<typeof PublicStatusSchema>;

export const FrontDoorReportSchema = Obj({
  rows: Type.Array(
    Obj({
      month: Type.String({ description: 'JJJJ-MM' }),
      route: RouteSchema,
      /** Null: fewer than the small-number minimum, withheld. */
      count: Nullable(Type.Integer()),
    }),
  ),
  minGroup: Type.Integer(),
  allowedActions: Type.Array(Type.Enum(FRONT_DOOR_ACTIONS)),
});
export type FrontDoorReport = Static<typeof FrontDoorReportSchema>;
