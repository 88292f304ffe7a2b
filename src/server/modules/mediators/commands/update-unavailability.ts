import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { loadMediatorFor } from '../load-mediator.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { changedFields, isExclusionViolation } from '../../registry/index.js';
import { checkPeriod, overlapConflict } from '../unavailability-rules.js';
import { lockMediator } from '../repository/profiles.js';
import { findUnavailability, updateUnavailabilityRow } from '../repository/records.js';
import type { UnavailabilityInput } from './add-unavailability.js';

export async function updateUnavailability(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string, periodId: string, input: Partial<UnavailabilityInput>) {
  await loadMediatorFor(trx, actor, mediatorId, 'manage-availability');
  const poolId = actor.poolId;
  await lockMediator(trx, poolId, mediatorId);
  const current = await findUnavailability(trx, poolId, mediatorId, periodId);
  if (!current) throw notFound();
  const next = {
    startsOn: input.startsOn ?? current.starts_on,
    endsOn: input.endsOn ?? current.ends_on,
    kind: input.kind ?? current.kind,
    note: input.note === undefined ? current.note : input.note?.trim() || null,
  };
  await checkPeriod(trx, mediatorId, next, periodId);
  try {
    const row = await updateUnavailabilityRow(trx, poolId, periodId, { starts_on: next.startsOn, ends_on: next.endsOn, kind: next.kind, note: next.note });
    const changes = changedFields({ startsOn: current.starts_on, endsOn: current.ends_on, kind: current.kind, note: current.note }, next);
    if (Object.keys(changes).length) await writeAudit(trx, ctx, { action: 'unavailability.update', objectType: 'mediator', objectId: mediatorId, detail: { id: periodId, changes } });
    return row;
  } catch (e) {
    if (isExclusionViolation(e)) throw overlapConflict();
    throw e;
  }
}
