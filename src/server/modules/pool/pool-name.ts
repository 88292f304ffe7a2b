import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The pool's display name, for mails, statements and reports. */
export async function poolName(db: Kysely<DB>, poolId: string): Promise<string> {
  const row = await db.selectFrom('pool').select('name').where('id', '=', poolId).executeTakeFirstOrThrow();
  return row.name;
}
