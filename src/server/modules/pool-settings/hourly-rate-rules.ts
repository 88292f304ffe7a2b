import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { conflict, invalidField } from '../../http/problem.js';
import { lockPoolSettlement, settledRateYears } from '../settlement/index.js';
import { canPoolSettings, rateOfPool } from './policy.js';

/** An hourly rate above € 10.000 is a typo (cents typed as euros twice), not a rate. */
export const MAX_RATE_CENTS = 1_000_000;

export function checkCents(cents: number): void {
  if (cents <= 0) throw invalidField('cents', 'positive', 'Het uurtarief moet groter zijn dan € 0,00 (bedrag in centen, bijvoorbeeld 6250 voor € 62,50).');
  if (cents > MAX_RATE_CENTS) throw invalidField('cents', 'maximum', 'Het uurtarief is onwaarschijnlijk hoog; geef het bedrag in centen (6250 is € 62,50).');
}

/** Whether a final settlement of the pool priced hours at `year`'s rate. */
export const isRateSettled = async (db: Kysely<DB>, poolId: string, year: number): Promise<boolean> => (await settledRateYears(db, poolId)).has(year);

/**
 * A rate that a final settlement priced hours at is fixed: creating, changing or removing it is a
 * 409 (the policy refuses `update` on it). The pool's settlement lock is taken first, so a
 * finalisation cannot price hours at a rate while it is being changed.
 */
export async function ensureRateOpen(trx: Kysely<DB>, actor: Actor, year: number): Promise<void> {
  await lockPoolSettlement(trx, actor.poolId);
  if (!canPoolSettings(actor, 'update', rateOfPool(actor, await isRateSettled(trx, actor.poolId, year)))) {
    throw conflict(`Een definitieve afrekening heeft uren tegen het uurtarief van ${year} afgerekend; dat tarief ligt vast en kan niet meer worden vastgelegd, gewijzigd of verwijderd.`, 'rate-year-settled');
  }
}
