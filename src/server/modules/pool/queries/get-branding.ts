// policy: public (the login page and the footer show the pool's name, colour and contact before anyone signs in)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Branding } from '../../../../contract/pool.js';
import type { Actor } from '../../../auth/actor.js';
import { findFirstPoolBranding } from '../repository.js';

/** The signed-in person's chosen pool; before signing in, the oldest of the installation. */
export async function getBranding(db: Kysely<DB>, actor: Actor | null = null): Promise<Branding> {
  const pool = await findFirstPoolBranding(db, actor?.poolId);
  if (!pool) return { name: 'Mediatorpool', colour: '#01689b', contact: { email: null, phone: null } };
  return { name: pool.name, colour: pool.colour, contact: { email: pool.contact_email, phone: pool.contact_phone } };
}
