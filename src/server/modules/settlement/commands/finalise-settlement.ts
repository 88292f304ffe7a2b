import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ProblemError, conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { MissingRateError, canonicalJson, hasEnded } from '../../../../domain/settlement/index.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { contentHash } from '../content-hash.js';
import { buildFiguresAndClaims } from '../figures.js';
import { insertLentHoursSettled, insertPositions, lockPoolSettlement, markFinal, overlappingSettlement } from '../repository/index.js';
import { loadSettlementForActor } from '../load-settlement.js';
import { canSettlement, settlementObject } from '../policy.js';
import { missingRateMessage, periodNotEndedMessage } from '../present-settlement.js';

const alreadyFinal = () => conflict('Deze verrekening is al definitief; een definitieve verrekening verandert niet meer.', 'settlement-final');

/**
 * Draft → final: the figures are computed once more, stored as canonical JSON with their SHA-256,
 * and the positions per municipality written beside them (before the status turns final: the
 * database refuses positions for a final settlement). The pool's settlement lock serialises
 * this with approvals (which then land in the next open period) and with a second finalisation,
 * which finds the settlement final and gets 409; the guarded update and the unique index on final
 * periods would stop it too.
 */
export async function finaliseSettlement(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, id: string) {
  await lockPoolSettlement(trx, actor.poolId);
  const s = await loadSettlementForActor(trx, actor, id);
  // After `read` only the status can make the policy say no: a final settlement is 409.
  if (!canSettlement(actor, 'finalise', settlementObject(s))) throw alreadyFinal();
  const overlappingFinal = await overlappingSettlement(trx, actor.poolId, s.period_start, s.period_end, { finalOnly: true, exceptId: s.id });
  if (overlappingFinal) throw conflict(`De periode overlapt met de definitieve verrekening ${overlappingFinal.period_code}.`, 'settlement-overlap');
  // Only a period that is over: its last hours may still be logged and approved until then.
  if (!hasEnded({ end: s.period_end }, todayInAmsterdam())) throw conflict(periodNotEndedMessage(s.period_end), 'period-not-ended', { periodEnd: s.period_end });

  const finalisedAt = new Date();
  let figures, claims;
  try {
    ({ figures, claims } = await buildFiguresAndClaims(trx, s, finalisedAt));
  } catch (e) {
    if (e instanceof MissingRateError) {
      throw new ProblemError(409, 'missing-rate', 'Uurtarief ontbreekt.', missingRateMessage(e.years), undefined, { years: [...e.years] });
    }
    throw e;
  }
  const hash = contentHash(figures);
  // Positions first, while it is a draft: the database adds none to a final settlement (migration 0012).
  await insertPositions(
    trx,
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
  );
  // What it settles of the pool's lent hours, per entry: the next settlement takes only what changes after.
  await insertLentHoursSettled(
    trx,
    claims.map((c) => ({ settlement_id: s.id, pool_id: s.pool_id, loan_id: c.loanId, hour_entry_id: c.hourEntryId, minutes: c.minutes })),
  );
  const finalised = await markFinal(trx, s.id, { mode: figures.mode, figures: canonicalJson(figures), content_hash: hash, finalised_by: actor.userId, finalised_at: finalisedAt });
  if (!finalised) throw alreadyFinal();
  await writeAudit(trx, ctx, {
    action: 'settlement.finalise',
    objectType: 'settlement',
    objectId: s.id,
    detail: { period: s.period_code, contentHash: hash, settledMinutes: figures.totals.settledMinutes, totalAmountCents: figures.totals.totalAmountCents },
  });
}
