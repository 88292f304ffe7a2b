import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { canPoolSettings, ownPool } from '../policy.js';
import { findHourlyRate, insertHourlyRate } from '../repository.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { isUniqueViolation } from '../../registry/index.js';
import { checkCents, ensureRateOpen } from '../hourly-rate-rules.js';

/** The pool's average hourly rate for one calendar year; one per year. */
export async function addHourlyRate(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: { year: number; cents: number }) {
  ensureCan(canPoolSettings, actor, 'update', ownPool(actor), 'collection');
  const poolId = actor.poolId;
  checkCents(input.cents);
  await ensureRateOpen(trx, actor, input.year);
  const existing = await findHourlyRate(trx, poolId, input.year);
  if (existing) throw conflict(`Voor ${input.year} is al een uurtarief vastgelegd. Wijzig dat tarief.`, 'duplicate');
  try {
    const row = await insertHourlyRate(trx, poolId, input.year, input.cents);
    await writeAudit(trx, ctx, { action: 'hourly-rate.create', objectType: 'hourly-rate', objectId: String(input.year), detail: { cents: input.cents } });
    return row;
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(`Voor ${input.year} is al een uurtarief vastgelegd. Wijzig dat tarief.`, 'duplicate');
    throw e;
  }
}
