import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PoolContact } from '../../mail/templates/contact-lines.js';

/** The pool module's SQL: the branding and member list it serves, and the named queries other modules use (pool name, contact, settings lock). */

/**
 * The pool the UI shows with its colour and contact: the signed-in person's chosen pool, or before
 * signing in the oldest pool of the installation (ADR 0022).
 */
export const findFirstPoolBranding = (db: Kysely<DB>, poolId?: string) => {
  const q = db
    .selectFrom('pool as p')
    .leftJoin('pool_settings as s', 's.pool_id', 'p.id')
    .select(['p.name', 'p.colour', 's.contact_email', 's.contact_phone'])
    .orderBy('p.created_at')
    .limit(1);
  return (poolId ? q.where('p.id', '=', poolId) : q).executeTakeFirst();
};

/** The pool's member municipalities (current and former), by name. */
export const listMemberMunicipalities = (db: Kysely<DB>, poolId: string) =>
  db
    .selectFrom('pool_member as pm')
    .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
    .select(['m.id', 'm.code', 'm.name', 'pm.member_since', 'pm.member_until'])
    .where('pm.pool_id', '=', poolId)
    .orderBy('m.name')
    .execute();

/** The pool's display name, for mails, statements and reports. */
export async function poolName(db: Kysely<DB>, poolId: string): Promise<string> {
  const row = await db.selectFrom('pool').select('name').where('id', '=', poolId).executeTakeFirstOrThrow();
  return row.name;
}

/** The pool's name and colour, for a letterhead (statements). */
export async function poolBrand(db: Kysely<DB>, poolId: string): Promise<{ name: string; colour: string }> {
  return db.selectFrom('pool').select(['name', 'colour']).where('id', '=', poolId).executeTakeFirstOrThrow();
}

/** Where parties of this pool turn with a question (for mails and public pages). */
export async function loadPoolContact(db: Kysely<DB>, poolId: string): Promise<PoolContact> {
  const row = await db.selectFrom('pool_settings').select(['contact_email', 'contact_phone']).where('pool_id', '=', poolId).executeTakeFirst();
  return { email: row?.contact_email ?? null, phone: row?.contact_phone ?? null };
}

/**
 * Takes the pool's settings row for the rest of the transaction. Pool-wide policies whose own row
 * may not exist yet (matching weights, the agreement policy) lock this one instead, so one change
 * per pool runs at a time and each reads what the previous one stored.
 */
export async function lockPoolSettings(trx: Kysely<DB>, poolId: string): Promise<void> {
  await trx.selectFrom('pool_settings').select('pool_id').where('pool_id', '=', poolId).forUpdate().execute();
}
