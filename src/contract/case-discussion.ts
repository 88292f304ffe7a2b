import { Type, type Static } from 'typebox';
import { DateTime, Nullable, Obj, PageQuery, Uuid, pageOf } from './common.js';

/**
 * The case discussion's contract (casuïstiek; issue 16, item 5): closed threads in which the
 * pool's mediators and coordinators discuss an exchange. A thread may name one concluded case
 * the author worked on, by its number only; every post passes the anonymisation guard
 * (src/domain/community/anonymisation-guard.ts). Coordinators hide posts; anyone reading may
 * follow a thread and choose a daily or weekly digest mail.
 */

export const DISCUSSION_ACTIONS = ['list', 'read', 'start', 'reply', 'follow', 'unfollow', 'hide', 'set-digest'] as const;
export type DiscussionAction = (typeof DISCUSSION_ACTIONS)[number];
const DiscussionActionSchema = Type.Enum(DISCUSSION_ACTIONS);

/** Problem codes besides the general ones: a post that is hidden already. */
export const DISCUSSION_PROBLEMS = ['post-hidden'] as const;

export const ThreadParams = Obj({ threadId: Uuid });
export const PostParams = Obj({ postId: Uuid });

const PostBody = Type.String({ minLength: 1, maxLength: 10000, description: 'Geen gegevens van partijen: geen namen, e-mailadressen, telefoonnummers, adressen of BSN' });
const CaseNumber = Type.String({ minLength: 3, maxLength: 30, pattern: '^[A-Za-z0-9-]+$', description: 'Het zaaknummer van een afgeronde zaak waaraan u werkte (alleen het nummer wordt getoond)' });

export const ThreadListQuery = Obj({ ...PageQuery });

export const ThreadSummarySchema = Obj({
  id: Uuid,
  title: Type.String(),
  caseNumber: Nullable(Type.String()),
  startedBy: Type.String(),
  createdAt: DateTime,
  lastPostAt: DateTime,
  postCount: Type.Integer(),
  following: Type.Boolean(),
});
export type ThreadSummary = Static<typeof ThreadSummarySchema>;

export const ThreadListSchema = Obj({
  ...pageOf(ThreadSummarySchema).properties,
  allowedActions: Type.Array(DiscussionActionSchema, { description: 'Wat u in de casuïstiek mag doen (een draad beginnen)' }),
});
export type ThreadList = Static<typeof ThreadListSchema>;

export const PostSchema = Obj({
  id: Uuid,
  author: Type.String(),
  createdAt: DateTime,
  body: Nullable(Type.String({ description: 'Leeg wanneer een coördinator het bericht verborg' })),
  hidden: Type.Boolean(),
  hiddenReason: Nullable(Type.String()),
  allowedActions: Type.Array(DiscussionActionSchema),
});
export type Post = Static<typeof PostSchema>;

export const ThreadSchema = Obj({
  id: Uuid,
  title: Type.String(),
  caseNumber: Nullable(Type.String()),
  startedBy: Type.String(),
  createdAt: DateTime,
  following: Type.Boolean(),
  posts: Type.Array(PostSchema),
  allowedActions: Type.Array(DiscussionActionSchema),
});
export type Thread = Static<typeof ThreadSchema>;

export const StartThreadBody = Obj({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  caseNumber: Type.Optional(Nullable(CaseNumber)),
  body: PostBody,
});
export type StartThreadInput = Static<typeof StartThreadBody>;

export const ReplyBody = Obj({ body: PostBody });
export type ReplyInput = Static<typeof ReplyBody>;

export const HidePostBody = Obj({ reason: Type.String({ minLength: 1, maxLength: 500, description: 'Waarom het bericht verborgen wordt (voor de schrijver en in het auditlog)' }) });
export type HidePostInput = Static<typeof HidePostBody>;

export const DigestFrequencySchema = Type.Enum(['off', 'daily', 'weekly'] as const, { description: 'Geen, dagelijks of wekelijks een overzicht van nieuwe berichten in de draden die u volgt' });
export type DigestFrequency = Static<typeof DigestFrequencySchema>;
export const DigestSchema = Obj({ frequency: DigestFrequencySchema, lastSentAt: Nullable(DateTime) });
export type Digest = Static<typeof DigestSchema>;
export const DigestBody = Obj({ frequency: DigestFrequencySchema });
