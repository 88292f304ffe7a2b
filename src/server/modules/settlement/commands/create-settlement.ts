import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { parsePeriodCode, periodCode, SettlementInputError } from '../../../../domain/settlement/index.js';
import { canSettlement, poolSettlements } from '../policy.js';
import { insertSettlement, lockPoolSettlement, overlappingSettlement } from '../repository/index.js';

/** Opens a draft settlement for one period of the pool's period kind (coordinator, finance). */
export async function createSettlement(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, code: string) {
  ensureCan(canSettlement, actor, 'create', poolSettlements(actor.poolId), 'collection');
  let period;
  try {
    period = parsePeriodCode(code);
  } catch (e) {
    if (e instanceof SettlementInputError) throw invalidField('period', 'invalid', 'Geef een periode als 2026-09 (maand), 2026-K3 (kwartaal) of 2026 (jaar).');
    throw e;
  }
  const kind = await lockPoolSettlement(trx, actor.poolId);
  if (period.kind !== kind) {
    const example = { month: '2026-09', quarter: '2026-K3', year: '2026' }[kind];
    throw invalidField('period', 'wrong-kind', `De pool verrekent per ${{ month: 'maand', quarter: 'kwartaal', year: 'jaar' }[kind]}; geef een periode als ${example}.`);
  }
  const overlapping = await overlappingSettlement(trx, actor.poolId, period.start, period.end);
  if (overlapping) {
    throw conflict(
      overlapping.period_code === periodCode(period)
        ? `Er is al een verrekening voor ${overlapping.period_code}.`
        : `Deze periode overlapt met de verrekening ${overlapping.period_code}.`,
      'settlement-exists',
      { settlementId: overlapping.id },
    );
  }
  const id = await insertSettlement(trx, { pool_id: actor.poolId, period_kind: period.kind, period_code: periodCode(period), period_start: period.start, period_end: period.end, created_by: actor.userId });
  await writeAudit(trx, ctx, { action: 'settlement.create', objectType: 'settlement', objectId: id, detail: { period: periodCode(period) } });
  return id;
}
