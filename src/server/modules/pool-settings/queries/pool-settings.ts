import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { notFound } from '../../../http/problem.js';
import type { DayOff, HourlyRate, PoolSettings } from '../../../../contract/pool-settings.js';
import { canPoolSettings, ownPool } from '../policy.js';
import * as repo from '../repository.js';
import { presentDayOff, presentPoolSettings, presentRate } from '../present-pool-settings.js';
import { isRateSettled } from '../hourly-rate-rules.js';
import { settledRateYears } from '../../settlement/index.js';

/**
 * Reading the pool's settings, covenant, hourly rates and days off: administrators, coordinators
 * and finance (403 for the others, as for any list of the pool).
 */
const ensureRead = (actor: Actor) => ensureCan(canPoolSettings, actor, 'read', ownPool(actor), 'collection');

export async function getPoolSettings(db: Kysely<DB>, actor: Actor): Promise<PoolSettings> {
  ensureRead(actor);
  const settings = await repo.findPoolSettings(db, actor.poolId);
  if (!settings) throw notFound();
  return presentPoolSettings(settings, actor);
}

export async function getCovenantDocument(db: Kysely<DB>, actor: Actor) {
  ensureRead(actor);
  const doc = await repo.findCovenantDocument(db, actor.poolId);
  if (!doc) throw notFound('Er is geen convenantdocument opgeslagen.');
  return doc;
}

export async function listHourlyRates(db: Kysely<DB>, actor: Actor): Promise<HourlyRate[]> {
  ensureRead(actor);
  const [rows, settled] = await Promise.all([repo.listHourlyRates(db, actor.poolId), settledRateYears(db, actor.poolId)]);
  return rows.map((r) => presentRate(r, actor, settled.has(r.year)));
}

/** One year's rate, an object: 404 for anyone who may not read the settings (policy.ts). */
export async function getHourlyRate(db: Kysely<DB>, actor: Actor, year: number): Promise<HourlyRate> {
  ensureCan(canPoolSettings, actor, 'read', ownPool(actor));
  const row = await repo.findHourlyRate(db, actor.poolId, year);
  if (!row) throw notFound();
  return presentRate(row, actor, await isRateSettled(db, actor.poolId, year));
}

export async function listDaysOff(db: Kysely<DB>, actor: Actor, year?: number): Promise<DayOff[]> {
  ensureRead(actor);
  return (await repo.listDaysOff(db, actor.poolId, year)).map(presentDayOff);
}

/** One day off, an object: 404 for anyone who may not read the settings (policy.ts). */
export async function getDayOff(db: Kysely<DB>, actor: Actor, dayOffId: string): Promise<DayOff> {
  ensureCan(canPoolSettings, actor, 'read', ownPool(actor));
  const row = await repo.findDayOff(db, actor.poolId, dayOffId);
  if (!row) throw notFound();
  return presentDayOff(row);
}
