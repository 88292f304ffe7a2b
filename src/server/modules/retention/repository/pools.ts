import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** Every pool, for the monthly job. */
export const poolsForRetention = async (db: Kysely<DB>) => (await db.selectFrom('pool').select('id').orderBy('id').execute()).map((p) => p.id);
