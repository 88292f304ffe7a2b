import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { MailQuery, OutboxMailPage } from '../../../../contract/mail-outbox.js';
import { canMailOutbox } from '../policy.js';
import { listOutboxMail } from '../repository.js';
import { pageFields } from '../../../db/paging.js';
import { outboxRecipient } from '../../../../domain/mail/party-address.js';

const MAIL_ACTIONS = ['retry'] as const;

/** A page of the pool's outgoing mail for an administrator, newest first; the read is recorded. */
export async function listMail(db: Kysely<DB>, ctx: AuditContext, actor: Actor, query: MailQuery): Promise<OutboxMailPage> {
  ensureCan(canMailOutbox, actor, 'read', { poolId: actor.poolId }, 'collection');
  const { page = 1, pageSize = 25, status } = query;
  const { rows, counted } = await listOutboxMail(db, actor.poolId, status, { page, pageSize });
  await writeAudit(db, ctx, { action: 'mail-outbox.read', objectType: 'mail-outbox', objectId: actor.poolId, purpose: 'beheer uitgaande e-mail', detail: { page } });
  return {
    items: rows.map((m) => ({
      id: m.id,
      kind: m.kind,
      to: outboxRecipient(m.kind, m.to_address),
      subject: m.subject,
      status: m.status,
      attempts: m.attempts,
      nextAttemptAt: m.next_attempt_at.toISOString(),
      lastError: m.last_error,
      createdAt: m.created_at.toISOString(),
      sentAt: m.sent_at?.toISOString() ?? null,
      allowedActions: allowedActions(canMailOutbox, actor, { poolId: m.pool_id, status: m.status }, MAIL_ACTIONS),
    })),
    ...pageFields({ page, pageSize }, counted),
  };
}
