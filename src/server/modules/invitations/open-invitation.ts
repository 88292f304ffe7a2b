import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { sha256 } from '../../auth/tokens.js';
import { ProblemError } from '../../http/problem.js';
import { findOpenInvitationByHash } from './repository.js';

export const invitationUnusable = () =>
  new ProblemError(
    404,
    'invitation-unusable',
    'Uitnodiging niet bruikbaar.',
    'Deze uitnodigingslink is onbekend, al gebruikt, ingetrokken of verlopen. Vraag de beheerder om een nieuwe uitnodiging.',
  );

/** The invitation behind a link, only while it can still be accepted; otherwise the one 404 for every reason. */
export async function findOpenInvitation(db: Kysely<DB>, token: string) {
  const row = await findOpenInvitationByHash(db, sha256(token));
  if (!row) throw invitationUnusable();
  return row;
}
