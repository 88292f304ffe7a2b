import { Type, type Static } from 'typebox';
import { IsoDate, Nullable, Obj, Uuid } from './common.js';

/**
 * The community module's contract (issue 16, items 1 and 7): intervision groups of 4–8 mediators
 * and process facilitators with a facilitator, a planned rhythm and meetings (a method each, a date
 * fixed through a date poll), attendance turning into intervision points, and the mediator's own
 * points against the register's requirements.
 */
export const COMMUNITY_ACTIONS = ['read', 'manage-groups', 'plan-meeting', 'record-attendance'] as const;
export type CommunityAction = (typeof COMMUNITY_ACTIONS)[number];

export const COMMUNITY_PROBLEMS = ['meeting-not-held', 'group-size'] as const;

export const INTERVISION_METHODS = ['incident', 'balint', 'free'] as const;
export const IntervisionMethodSchema = Type.Enum(INTERVISION_METHODS);
export type IntervisionMethod = (typeof INTERVISION_METHODS)[number];

export const GROUP_MIN_MEMBERS = 4;
export const GROUP_MAX_MEMBERS = 8;

export const GroupParams = Obj({ groupId: Uuid });
export const MeetingParams = Obj({ meetingId: Uuid });

const Name = Type.String({ minLength: 1, maxLength: 120 });

export const GroupBodySchema = Obj({
  name: Name,
  facilitatorId: Uuid,
  memberIds: Type.Array(Uuid, { minItems: 1, maxItems: 20, uniqueItems: true, description: 'Mediator-profielen (mediators en procesbegeleiders), 4 tot en met 8' }),
  meetingsPerYear: Type.Integer({ minimum: 1, maximum: 12 }),
});
export type GroupInput = Static<typeof GroupBodySchema>;

export const CandidateListSchema = Obj({ items: Type.Array(Obj({ mediatorId: Uuid, name: Type.String(), kind: Type.Enum(['mediator', 'process_facilitator'] as const), municipality: Nullable(Type.String()) })) });
export type CandidateList = Static<typeof CandidateListSchema>;

export const CompositionCheckBodySchema = Obj({ memberIds: Type.Array(Uuid, { maxItems: 20, uniqueItems: true }) });

export const CompositionWarningSchema = Obj({
  code: Type.Enum(['too-few', 'too-many', 'one-municipality-leans'] as const),
  /** The municipality the group leans on (for 'one-municipality-leans'). */
  municipality: Nullable(Type.String()),
  count: Type.Integer(),
});
export const CompositionSchema = Obj({
  size: Type.Integer(),
  municipalities: Type.Integer({ description: 'Aantal verschillende gemeenten' }),
  warnings: Type.Array(CompositionWarningSchema),
});
export type Composition = Static<typeof CompositionSchema>;

export const GroupMemberSchema = Obj({
  mediatorId: Uuid,
  name: Type.String(),
  kind: Type.Enum(['mediator', 'process_facilitator'] as const),
  municipality: Nullable(Type.String()),
});

export const MeetingSchema = Obj({
  id: Uuid,
  groupId: Uuid,
  method: IntervisionMethodSchema,
  pollId: Uuid,
  /** Open poll: null; fixed: the chosen slot. */
  startsAt: Nullable(Type.String({ format: 'date-time' })),
  endsAt: Nullable(Type.String({ format: 'date-time' })),
  pollStatus: Type.Enum(['open', 'fixed', 'cancelled'] as const),
  attendanceRecordedAt: Nullable(Type.String({ format: 'date-time' })),
  attendees: Type.Array(Uuid),
  allowedActions: Type.Array(Type.Enum(COMMUNITY_ACTIONS)),
});
export type Meeting = Static<typeof MeetingSchema>;

export const GroupSchema = Obj({
  id: Uuid,
  name: Type.String(),
  facilitatorId: Uuid,
  facilitatorName: Type.String(),
  meetingsPerYear: Type.Integer(),
  members: Type.Array(GroupMemberSchema),
  composition: CompositionSchema,
  meetings: Type.Array(MeetingSchema),
  allowedActions: Type.Array(Type.Enum(COMMUNITY_ACTIONS)),
});
export type Group = Static<typeof GroupSchema>;

export const GroupSummarySchema = Obj({ id: Uuid, name: Type.String(), facilitatorName: Type.String(), size: Type.Integer(), meetingsPerYear: Type.Integer(), nextMeetingAt: Nullable(Type.String({ format: 'date-time' })) });
export const GroupListSchema = Obj({ items: Type.Array(GroupSummarySchema), allowedActions: Type.Array(Type.Enum(COMMUNITY_ACTIONS)) });
export type GroupList = Static<typeof GroupListSchema>;

const LocalDate = IsoDate;
const LocalTime = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'Tijd in Nederland (Europe/Amsterdam), UU:MM' });
export const SlotInputSchema = Obj({ date: LocalDate, start: LocalTime, end: LocalTime });
export type SlotInput = Static<typeof SlotInputSchema>;

export const PlanMeetingBodySchema = Obj({
  method: IntervisionMethodSchema,
  location: Type.String({ minLength: 1, maxLength: 200 }),
  slots: Type.Array(SlotInputSchema, { minItems: 1, maxItems: 10 }),
});
export type PlanMeetingInput = Static<typeof PlanMeetingBodySchema>;

export const AttendanceBodySchema = Obj({ attendeeIds: Type.Array(Uuid, { maxItems: 20, uniqueItems: true, description: 'Mediator-profielen die aanwezig waren' }) });
export type AttendanceInput = Static<typeof AttendanceBodySchema>;
