// policy: public (the login page and the footer show the pool's name, colour and contact before anyone signs in)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Branding } from '../../../../contract/pool.js';
import { findFirstPoolBranding } from '../repository.js';

/** The UI shows one pool for now: the oldest of the installation. */
export async function getBranding(db: Kysely<DB>): Promise<Branding> {
  const pool = await findFirstPoolBranding(db);
  if (!pool) return { name: 'Mediatorpool', colour: '#01689b', contact: { email: null, phone: null } };
  return { name: pool.name, colour: pool.colour, contact: { email: pool.contact_email, phone: pool.contact_phone } };
}
