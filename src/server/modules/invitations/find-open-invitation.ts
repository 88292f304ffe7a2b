import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { sha256 } from '../../auth/tokens.js';
import { ProblemError } from '../../http/problem.js';

export const invitationUnusable = () =>
  new ProblemError(
    404,
    'invitation-unusable',
    'Uitnodiging niet bruikbaar.',
    'Deze uitnodigingslink is onbekend, al gebruikt, ingetrokken of verlopen. Vraag de beheerder om een nieuwe uitnodiging.',
  );

/** The invitation behind a link, only while it can still be accepted. */
export async function findOpenInvitation(db: Kysely<DB>, token: string) {
  const row = await db
    .selectFrom('invitation as i')
    .innerJoin('pool as p', 'p.id', 'i.pool_id')
    .selectAll('i')
    .select(['p.name as pool_name'])
    .where('i.token_hash', '=', sha256(token))
    .where('i.accepted_at', 'is', null)
    .where('i.revoked_at', 'is', null)
    .where('i.expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row) throw invitationUnusable();
  return row;
}
