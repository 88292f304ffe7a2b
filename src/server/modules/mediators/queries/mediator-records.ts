import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { notFound } from '../../../http/problem.js';
import type { AuditContext } from '../../../audit/write-audit.js';
import type { Relationship, Unavailability, UpkeepEntry, UpkeepSummary } from '../../../../contract/mediators.js';
import { auditPersonalRead, loadMediatorFor } from '../load-mediator.js';
import * as repo from '../repository/records.js';
import { presentRelationship, presentUnavailability, presentUpkeepEntry } from '../present-records.js';
import { upkeepSummary } from '../upkeep-summary.js';

/**
 * A mediator's private records (periods away, declared relationships, MfN upkeep): for the keepers
 * of the registry and the mediator themselves. A list of someone else's is audited with its purpose.
 */

export async function listUnavailability(db: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string, from?: string): Promise<Unavailability[]> {
  const target = await loadMediatorFor(db, actor, mediatorId, 'read-private');
  const rows = await repo.listUnavailability(db, actor.poolId, mediatorId, from);
  await auditPersonalRead(db, ctx, actor, target, mediatorId, 'beschikbaarheid bekijken');
  return rows.map(presentUnavailability);
}

export async function getUnavailability(db: Kysely<DB>, actor: Actor, mediatorId: string, periodId: string): Promise<Unavailability> {
  await loadMediatorFor(db, actor, mediatorId, 'read-private');
  const row = await repo.findUnavailability(db, actor.poolId, mediatorId, periodId);
  if (!row) throw notFound();
  return presentUnavailability(row);
}

export async function listRelationships(db: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string): Promise<Relationship[]> {
  const target = await loadMediatorFor(db, actor, mediatorId, 'read-private');
  const rows = await repo.listRelationships(db, actor.poolId, mediatorId);
  await auditPersonalRead(db, ctx, actor, target, mediatorId, 'gemelde relaties bekijken');
  return rows.map(presentRelationship);
}

export async function getRelationship(db: Kysely<DB>, actor: Actor, mediatorId: string, relationshipId: string): Promise<Relationship> {
  await loadMediatorFor(db, actor, mediatorId, 'read-private');
  const row = await repo.findRelationship(db, actor.poolId, mediatorId, relationshipId);
  if (!row) throw notFound();
  return presentRelationship(row);
}

export async function getUpkeep(db: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string): Promise<UpkeepSummary> {
  const target = await loadMediatorFor(db, actor, mediatorId, 'read-private');
  const mediator = await repo.findUpkeepBasis(db, actor.poolId, mediatorId);
  await auditPersonalRead(db, ctx, actor, target, mediator.id, 'MfN-onderhoud bekijken');
  return upkeepSummary(db, actor.poolId, mediator);
}

export async function listUpkeepEntries(
  db: Kysely<DB>,
  ctx: AuditContext,
  actor: Actor,
  mediatorId: string,
  type?: UpkeepEntry['type'],
): Promise<UpkeepEntry[]> {
  const target = await loadMediatorFor(db, actor, mediatorId, 'read-private');
  const rows = await repo.listUpkeepEntries(db, actor.poolId, mediatorId, type);
  await auditPersonalRead(db, ctx, actor, target, mediatorId, 'MfN-onderhoud bekijken');
  return rows.map(presentUpkeepEntry);
}

export async function getUpkeepEntry(db: Kysely<DB>, actor: Actor, mediatorId: string, entryId: string): Promise<UpkeepEntry> {
  await loadMediatorFor(db, actor, mediatorId, 'read-private');
  const row = await repo.findUpkeepEntry(db, actor.poolId, mediatorId, entryId);
  if (!row) throw notFound();
  return presentUpkeepEntry(row);
}
