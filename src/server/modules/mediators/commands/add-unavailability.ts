import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { loadMediatorFor } from '../load-mediator.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { isExclusionViolation } from '../../registry/index.js';
import { checkPeriod, overlapConflict } from '../unavailability-rules.js';
import { lockMediator } from '../repository/profiles.js';
import { insertUnavailability } from '../repository/records.js';

export interface UnavailabilityInput {
  startsOn: string;
  endsOn: string;
  kind: 'holiday' | 'leave' | 'other';
  note?: string | null | undefined;
}

/** A period in which the mediator cannot take cases (holiday, leave); never overlapping another. */
export async function addUnavailability(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string, input: UnavailabilityInput) {
  await loadMediatorFor(trx, actor, mediatorId, 'manage-availability');
  const poolId = actor.poolId;
  await lockMediator(trx, poolId, mediatorId);
  await checkPeriod(trx, mediatorId, input);
  try {
    const row = await insertUnavailability(trx, { pool_id: poolId, mediator_id: mediatorId, starts_on: input.startsOn, ends_on: input.endsOn, kind: input.kind, note: input.note?.trim() || null });
    await writeAudit(trx, ctx, { action: 'unavailability.create', objectType: 'mediator', objectId: mediatorId, detail: { id: row.id, startsOn: row.starts_on, endsOn: row.ends_on, kind: row.kind } });
    return row;
  } catch (e) {
    if (isExclusionViolation(e)) throw overlapConflict();
    throw e;
  }
}
