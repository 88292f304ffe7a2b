import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { poolToday } from '../registry/registry-support.js';

/** A mediator's home municipality must be a current member of the pool. */
export async function isCurrentMember(db: Kysely<DB>, poolId: string, municipalityId: string): Promise<boolean> {
  const today = poolToday();
  const row = await db
    .selectFrom('pool_member')
    .select('municipality_id')
    .where('pool_id', '=', poolId)
    .where('municipality_id', '=', municipalityId)
    .where('member_since', '<=', today)
    .where((eb) => eb.or([eb('member_until', 'is', null), eb('member_until', '>=', today)]))
    .executeTakeFirst();
  return row !== undefined;
}

export const HOME_MUNICIPALITY_REASON = 'Kies een gemeente die nu lid is van de pool.';
