import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PoolContact } from '../../mail/templates/contact-lines.js';

/** Where parties of this pool turn with a question (for mails and public pages). */
export async function loadPoolContact(db: Kysely<DB>, poolId: string): Promise<PoolContact> {
  const row = await db.selectFrom('pool_settings').select(['contact_email', 'contact_phone']).where('pool_id', '=', poolId).executeTakeFirst();
  return { email: row?.contact_email ?? null, phone: row?.contact_phone ?? null };
}
