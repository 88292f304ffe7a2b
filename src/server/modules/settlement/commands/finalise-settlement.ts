import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ProblemError, conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { MissingRateError, canonicalJson } from '../../../../domain/settlement/index.js';
import { contentHash } from '../../../../domain/settlement/content-hash.js';
import { buildFigures } from '../figures.js';
import { lockPoolSettlement } from '../settlement-periods.js';
import { loadSettlement, missingRateMessage } from '../queries.js';

const alreadyFinal = () => conflict('Deze verrekening is al definitief; een definitieve verrekening verandert niet meer.', 'settlement-final');

/**
 * Draft → final: the figures are computed once more, stored as canonical JSON with their SHA-256,
 * and the positions per municipality written beside them. The pool's settlement lock serialises
 * this with approvals (which then land in the next open period) and with a second finalisation,
 * which finds the settlement final and gets 409; the guarded update and the unique index on final
 * periods would stop it too.
 */
export async function finaliseSettlement(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, id: string) {
  await lockPoolSettlement(trx, actor.poolId);
  const s = await loadSettlement(trx, actor.poolId, id);
  if (s.status === 'final') throw alreadyFinal();
  const overlappingFinal = await trx
    .selectFrom('settlement')
    .select('period_code')
    .where('pool_id', '=', actor.poolId)
    .where('status', '=', 'final')
    .where('id', '!=', s.id)
    .where('period_start', '<=', s.period_end)
    .where('period_end', '>=', s.period_start)
    .executeTakeFirst();
  if (overlappingFinal) throw conflict(`De periode overlapt met de definitieve verrekening ${overlappingFinal.period_code}.`, 'settlement-overlap');

  const finalisedAt = new Date();
  let figures;
  try {
    figures = await buildFigures(trx, s, finalisedAt);
  } catch (e) {
    if (e instanceof MissingRateError) {
      throw new ProblemError(409, 'missing-rate', 'Uurtarief ontbreekt.', missingRateMessage(e.years), undefined, { years: [...e.years] });
    }
    throw e;
  }
  const hash = contentHash(figures);
  const res = await trx
    .updateTable('settlement')
    .set({ status: 'final', mode: figures.mode, figures: canonicalJson(figures), content_hash: hash, finalised_by: actor.userId, finalised_at: finalisedAt })
    .where('id', '=', s.id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw alreadyFinal();
  if (figures.positions.length > 0) {
    await trx
      .insertInto('settlement_position')
      .values(
        figures.positions.map((p) => ({
          settlement_id: s.id,
          pool_id: s.pool_id,
          municipality_id: p.municipalityId,
          minutes_supplied: p.minutesSupplied,
          minutes_used: p.minutesUsed,
          net_minutes: p.netMinutes,
          own_minutes: p.ownMinutes,
          received_cents: p.receivedCents,
          paid_cents: p.paidCents,
          net_cents: p.netCents,
        })),
      )
      .execute();
  }
  await writeAudit(trx, ctx, {
    action: 'settlement.finalise',
    objectType: 'settlement',
    objectId: s.id,
    detail: { period: s.period_code, contentHash: hash, settledMinutes: figures.totals.settledMinutes, totalAmountCents: figures.totals.totalAmountCents },
  });
}
