import { Type, type Static } from 'typebox';
import { DateTime, Nullable, Obj, PageQuery, Uuid, pageOf } from './common.js';

/** What the mail-outbox policy decides: administrators read the outbox and retry a failed mail. */
export const MAIL_OUTBOX_ACTIONS = ['read', 'retry'] as const;
export type MailOutboxAction = (typeof MAIL_OUTBOX_ACTIONS)[number];

/** The problem codes the mail outbox throws besides the general ones. */
export const MAIL_OUTBOX_PROBLEMS = ['conflict'] as const;

export const MailStatusSchema = Type.Union([Type.Literal('queued'), Type.Literal('sending'), Type.Literal('sent'), Type.Literal('failed')]);
export type MailStatus = Static<typeof MailStatusSchema>;

/**
 * One mail as operations need it: to whom, about what, how far it got. Never the body or its
 * attachments: they hold secret links (password reset, invitation, consent, survey) and case
 * content that only the addressee may read; the outbox drops them once the mail is sent.
 */
export const OutboxMailSchema = Obj({
  id: Uuid,
  kind: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  status: MailStatusSchema,
  attempts: Type.Integer(),
  nextAttemptAt: DateTime,
  lastError: Nullable(Type.String()),
  createdAt: DateTime,
  sentAt: Nullable(DateTime),
  /** What the caller may do with this mail now (e.g. 'retry' while it has failed). */
  allowedActions: Type.Array(Type.Enum(MAIL_OUTBOX_ACTIONS)),
});
export type OutboxMail = Static<typeof OutboxMailSchema>;

export const MailQuerySchema = Obj({ ...PageQuery, status: Type.Optional(MailStatusSchema) });
export type MailQuery = Static<typeof MailQuerySchema>;

export const OutboxMailPageSchema = pageOf(OutboxMailSchema);
export type OutboxMailPage = Static<typeof OutboxMailPageSchema>;

export const MailParamsSchema = Obj({ mailId: Uuid });

export const MailRetryAcceptedSchema = Obj({ id: Uuid });
export type MailRetryAccepted = Static<typeof MailRetryAcceptedSchema>;
