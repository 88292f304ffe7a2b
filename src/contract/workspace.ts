import { Type, type Static } from 'typebox';
import { Nullable, Obj, Role, Uuid } from './common.js';

/**
 * The workspace module's contract: "Mijn werk", the start page per role. Each section is one kind
 * of work with its count (capped like every list, LIST_REACH) and the first few items, the most
 * urgent or longest waiting first; the web links each item to the page where the work is done.
 */

/** How many items a section lists; the rest is behind its "Alles bekijken" link. */
export const WORK_SECTION_ITEMS = 5;

export const WORKSPACE_ACTIONS = ['read'] as const;
export type WorkspaceAction = (typeof WORKSPACE_ACTIONS)[number];

export const WORK_SECTION_KEYS = [
  // coordinator
  'triage',
  'matching',
  'proposals',
  // coordinator of a pool that lends mediators: loan requests of partner pools awaiting its decision
  'loanRequests',
  'deadlines',
  'approveHours',
  'aftercare',
  // mediator
  'answerProposals',
  'sessionsThisWeek',
  'logHours',
  'correctHours',
  'myAftercare',
  // mediators and process facilitators (community): date polls awaiting their answer, the agenda's coming events
  'openPolls',
  'upcomingEvents',
  // contact
  'municipalityCases',
  // finance
  'draftSettlements',
  'settleablePeriods',
  // administrator
  'withoutActiveMediator',
  'dormantMediators',
  'upkeepAtRisk',
  'mailFailures',
] as const;
export const WorkSectionKeySchema = Type.Enum(WORK_SECTION_KEYS);
export type WorkSectionKey = (typeof WORK_SECTION_KEYS)[number];

/** What an item is, so the web knows where it leads. */
export const WORK_ITEM_KINDS = ['case', 'proposal', 'task', 'session', 'hour', 'settlement', 'period', 'municipality', 'mediator', 'mail', 'poll', 'event', 'meeting', 'loan'] as const;
export const WorkItemKindSchema = Type.Enum(WORK_ITEM_KINDS);
export type WorkItemKind = Static<typeof WorkItemKindSchema>;

export const WorkItemSchema = Obj({
  /** The object's id (a period's code for `period`; the intervision group for `meeting`). */
  id: Type.String(),
  kind: WorkItemKindSchema,
  /** The case it belongs to, when there is one (a session, an hour entry, a proposal). */
  caseId: Nullable(Uuid),
  /** What the person reads first: a case number, a mediator's or municipality's name, a period. */
  title: Type.String(),
  /** A second line: the case's title, a status key, a subject. */
  detail: Nullable(Type.String()),
  /** A status, a reason or a role the web translates (a case status, `mediator`/`parties`, an hour's activity). */
  state: Nullable(Type.String()),
  /** Since when it waits (date-time or date), or when it is due / takes place. */
  at: Nullable(Type.String()),
  /** How `at` reads: waiting since, due on, takes place on. */
  atKind: Nullable(Type.Union([Type.Literal('since'), Type.Literal('due'), Type.Literal('on')])),
});
export type WorkItem = Static<typeof WorkItemSchema>;

/** A count up to LIST_REACH and the first items: what a module answers for one section. */
export const WorkListSchema = Obj({
  total: Type.Integer({ minimum: 0 }),
  totalCapped: Type.Boolean(),
  items: Type.Array(WorkItemSchema, { maxItems: WORK_SECTION_ITEMS }),
});
export type WorkList = Static<typeof WorkListSchema>;

export const WorkSectionSchema = Obj({
  key: WorkSectionKeySchema,
  role: Role,
  ...WorkListSchema.properties,
});
export type WorkSection = Static<typeof WorkSectionSchema>;

export const MyWorkSchema = Obj({
  /** Today in Amsterdam, the day "this week" and "due" are counted from. */
  today: Type.String({ format: 'date' }),
  sections: Type.Array(WorkSectionSchema),
});
export type MyWork = Static<typeof MyWorkSchema>;
