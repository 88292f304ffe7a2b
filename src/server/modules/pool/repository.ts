import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The pool module's reads (besides its named queries: pool name, contact, settings lock). */

/** The oldest pool of the installation with its colour and contact: the one the UI shows. */
export const findFirstPoolBranding = (db: Kysely<DB>) =>
  db
    .selectFrom('pool as p')
    .leftJoin('pool_settings as s', 's.pool_id', 'p.id')
    .select(['p.name', 'p.colour', 's.contact_email', 's.contact_phone'])
    .orderBy('p.created_at')
    .limit(1)
    .executeTakeFirst();

/** The pool's member municipalities (current and former), by name. */
export const listMemberMunicipalities = (db: Kysely<DB>, poolId: string) =>
  db
    .selectFrom('pool_member as pm')
    .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
    .select(['m.id', 'm.code', 'm.name', 'pm.member_since', 'pm.member_until'])
    .where('pm.pool_id', '=', poolId)
    .orderBy('m.name')
    .execute();
