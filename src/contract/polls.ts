import { Type, type Static } from 'typebox';
import { IsoDate, Nullable, Obj, Uuid } from './common.js';

/**
 * The polls module's contract (issue 16, item 2): a date poll offers slots; each invitee answers
 * yes / if need be / no per slot, with their account or (a case's parties) through a personal
 * link; the organiser sees the best slot and fixes it. One mechanism for an intervision meeting
 * and a case's first session (ADR 0020).
 */
export const POLL_ACTIONS = ['read', 'answer', 'fix'] as const;
export type PollAction = (typeof POLL_ACTIONS)[number];

export const POLL_PROBLEMS = ['poll-closed', 'poll-link-unknown', 'poll-link-expired', 'parties-without-email'] as const;

export const PollAnswerSchema = Type.Enum(['yes', 'maybe', 'no'] as const);
export type PollAnswerValue = Static<typeof PollAnswerSchema>;
export const PollStatusSchema = Type.Enum(['open', 'fixed', 'cancelled'] as const);
export const PollPurposeSchema = Type.Enum(['intervision-meeting', 'case-first-session'] as const);

export const PollParams = Obj({ pollId: Uuid });
export const PollTokenParams = Obj({ token: Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }) });
export const PollCaseParams = Obj({ caseId: Uuid });

const LocalTime = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'Tijd in Nederland (Europe/Amsterdam), UU:MM' });
export const PollSlotInputSchema = Obj({ date: IsoDate, start: LocalTime, end: LocalTime });
export type PollSlotInput = Static<typeof PollSlotInputSchema>;

export const PollSlotSchema = Obj({ id: Uuid, startsAt: Type.String({ format: 'date-time' }), endsAt: Type.String({ format: 'date-time' }) });

export const SlotTallySchema = Obj({ slotId: Uuid, yes: Type.Integer(), maybe: Type.Integer(), no: Type.Integer(), open: Type.Integer() });

export const BestSlotSchema = Obj({
  slotId: Nullable(Uuid),
  reason: Type.Enum(['most-yes', 'most-maybe', 'earliest-of-tie', 'no-support'] as const),
  tiedWith: Type.Array(Uuid),
});

const AnswerList = Type.Array(Obj({ slotId: Uuid, answer: PollAnswerSchema }), { minItems: 1, maxItems: 10 });

export const PollSchema = Obj({
  id: Uuid,
  purpose: PollPurposeSchema,
  title: Type.String(),
  location: Nullable(Type.String()),
  onlineUrl: Nullable(Type.String()),
  status: PollStatusSchema,
  organiserName: Type.String(),
  caseId: Nullable(Uuid),
  sessionId: Nullable(Uuid),
  fixedSlotId: Nullable(Uuid),
  slots: Type.Array(PollSlotSchema),
  invitees: Type.Array(Obj({ id: Uuid, name: Type.String(), kind: Type.Enum(['account', 'party'] as const), answeredAt: Nullable(Type.String({ format: 'date-time' })), answers: AnswerList })),
  /** The caller's own answers, when invited. */
  myAnswers: Type.Array(Obj({ slotId: Uuid, answer: PollAnswerSchema })),
  ranking: Type.Array(SlotTallySchema),
  best: BestSlotSchema,
  allowedActions: Type.Array(Type.Enum(POLL_ACTIONS)),
});
export type Poll = Static<typeof PollSchema>;

export const AnswerPollBody = Obj({ answers: AnswerList });
export type AnswerPollInput = Static<typeof AnswerPollBody>;

export const FixPollBody = Obj({ slotId: Uuid });

export const FirstSessionPollBody = Obj({
  location: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  onlineUrl: Type.Optional(Nullable(Type.String({ maxLength: 500, pattern: '^https://' }))),
  slots: Type.Array(PollSlotInputSchema, { minItems: 1, maxItems: 10 }),
});
export type FirstSessionPollInput = Static<typeof FirstSessionPollBody>;

/** What a party sees through their personal link: the poll's title, the organiser, the slots and their own answers; nothing of the case. */
export const PublicPollSchema = Obj({
  title: Type.String(),
  organiserName: Type.String(),
  poolName: Type.String(),
  status: PollStatusSchema,
  slots: Type.Array(PollSlotSchema),
  fixedSlotId: Nullable(Uuid),
  myAnswers: Type.Array(Obj({ slotId: Uuid, answer: PollAnswerSchema })),
});
export type PublicPoll = Static<typeof PublicPollSchema>;

export const PollSummarySchema = Obj({ id: Uuid, title: Type.String(), organiserName: Type.String(), createdAt: Type.String({ format: 'date-time' }) });
