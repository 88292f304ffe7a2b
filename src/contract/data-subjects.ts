import { Type, type Static } from 'typebox';
import { DateTime, Email, IsoDate, Nullable, Obj, Uuid } from './common.js';

/**
 * Data-subject rights (AVG art. 15–17): find a person in the pool, export what is held about
 * them (with every recorded read), correct a party's details, erase what no retention duty keeps.
 */
export const DATA_SUBJECT_ACTIONS = ['search', 'export', 'correct', 'erase'] as const;
export type DataSubjectAction = (typeof DATA_SUBJECT_ACTIONS)[number];

export const DATA_SUBJECT_PROBLEMS = ['erasure-blocked'] as const;

export const PERSON_KINDS = ['party', 'user', 'mediator'] as const;
export const PersonKindSchema = Type.Enum(PERSON_KINDS);
export type PersonKind = Static<typeof PersonKindSchema>;

export const PersonSearchQuerySchema = Obj({ q: Type.String({ minLength: 2, maxLength: 200 }) });
export type PersonSearchQuery = Static<typeof PersonSearchQuerySchema>;

export const PersonMatchSchema = Obj({
  kind: PersonKindSchema,
  /** A case_party row of the person (party) or the account (user, mediator). */
  id: Uuid,
  name: Type.String(),
  email: Nullable(Type.String()),
  /** Cases the person is (or was) a party in, or is (was) a mediator on. */
  caseCount: Type.Integer(),
  allowedActions: Type.Array(Type.Enum(DATA_SUBJECT_ACTIONS)),
});
export type PersonMatch = Static<typeof PersonMatchSchema>;

export const PersonSearchResultSchema = Obj({ items: Type.Array(PersonMatchSchema), truncated: Type.Boolean() });
export type PersonSearchResult = Static<typeof PersonSearchResultSchema>;

export const PersonParamsSchema = Obj({ kind: PersonKindSchema, personId: Uuid });
export const PartyParamsSchema = Obj({ partyId: Uuid });

const Scalar = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]);

export const PersonExportSchema = Obj({
  generatedAt: DateTime,
  pool: Type.String(),
  person: Obj({ kind: PersonKindSchema, id: Uuid, name: Type.String(), email: Nullable(Type.String()) }),
  /** Every case the person was in: as a party (with their role) or as a mediator. */
  cases: Type.Array(
    Obj({
      caseId: Uuid,
      number: Type.String(),
      caseType: Type.String(),
      status: Type.String(),
      referredOn: IsoDate,
      endedOn: Nullable(IsoDate),
      role: Type.String(),
      destroyed: Type.Boolean(),
    }),
  ),
  /** Every row held about them, per table, with its fields (no password hashes or token hashes). */
  records: Type.Array(Obj({ table: Type.String(), id: Type.String(), fields: Type.Record(Type.String(), Scalar) })),
  /** Every recorded read of their data: who, when, why, and which case or object it concerned. */
  reads: Type.Array(
    Obj({ at: DateTime, actor: Type.String(), action: Type.String(), purpose: Type.String(), objectType: Type.String(), objectId: Nullable(Type.String()), caseNumber: Nullable(Type.String()) }),
  ),
  /** What an erasure would remove now, and why the rest stays. */
  erasure: Obj({ scope: Type.Union([Type.Literal('none'), Type.Literal('contact'), Type.Literal('all')]), reasons: Type.Array(Type.String()) }),
});
export type PersonExport = Static<typeof PersonExportSchema>;

/** A party's details as corrected (art. 16), for every case of the same person; an empty string clears a field. */
export const PartyCorrectionSchema = Obj({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  email: Type.Optional(Type.Union([Email, Type.Literal('')])),
  phone: Type.Optional(Type.String({ maxLength: 40 })),
  organisation: Type.Optional(Type.String({ maxLength: 200 })),
  department: Type.Optional(Type.String({ maxLength: 200 })),
});
export type PartyCorrection = Static<typeof PartyCorrectionSchema>;

export const PartyErasureResultSchema = Obj({
  scope: Type.Union([Type.Literal('contact'), Type.Literal('all')]),
  /** The case_party rows changed. */
  rows: Type.Integer(),
  reasons: Type.Array(Type.String()),
});
export type PartyErasureResult = Static<typeof PartyErasureResultSchema>;
