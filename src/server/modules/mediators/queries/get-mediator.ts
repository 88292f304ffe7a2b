import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { notFound } from '../../../http/problem.js';
import type { AuditContext } from '../../../audit/write-audit.js';
import type { MediatorDetail, StatusChange } from '../../../../contract/mediators.js';
import { auditPersonalRead, loadMediatorFor } from '../load-mediator.js';
import { findMediator, statusHistory } from '../repository/profiles.js';
import { presentMediatorDetail, presentStatusChange } from '../present-mediator.js';

/** A mediator as the actor may see them (particulars only in the full view), without auditing. */
export async function mediatorDetail(db: Kysely<DB>, actor: Actor, mediatorId: string): Promise<MediatorDetail> {
  await loadMediatorFor(db, actor, mediatorId, 'read');
  const row = await findMediator(db, actor.poolId, mediatorId);
  if (!row) throw notFound();
  return presentMediatorDetail(row, actor, await statusHistory(db, actor.poolId, row.id));
}

/** One mediator; a look at someone else's particulars is audited with its purpose. */
export async function getMediator(db: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string): Promise<MediatorDetail> {
  const target = await loadMediatorFor(db, actor, mediatorId, 'read');
  const detail = await mediatorDetail(db, actor, mediatorId);
  if (detail.view === 'full') await auditPersonalRead(db, ctx, actor, target, mediatorId, 'mediatorprofiel bekijken');
  return detail;
}

/** The status history, newest first (the keepers and the mediator themselves). */
export async function listStatusChanges(db: Kysely<DB>, actor: Actor, mediatorId: string): Promise<StatusChange[]> {
  await loadMediatorFor(db, actor, mediatorId, 'read-details');
  return (await statusHistory(db, actor.poolId, mediatorId)).map(presentStatusChange);
}

export async function getStatusChange(db: Kysely<DB>, actor: Actor, mediatorId: string, changeId: string): Promise<StatusChange> {
  const change = (await listStatusChanges(db, actor, mediatorId)).find((h) => h.id === changeId);
  if (!change) throw notFound();
  return change;
}
