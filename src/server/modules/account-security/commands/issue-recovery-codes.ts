import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { countRecoveryCodesLeft, replaceRecoveryCodes } from '../repository.js';
import { newRecoveryCodes } from '../secrets.js';

// policy: internal step of enrolling a first factor, which asked the policy for the same account before calling it.
/** With a first factor come recovery codes: new ones when none are left, shown once; null when some are. */
export async function issueRecoveryCodesIfNone(trx: Kysely<DB>, userId: string): Promise<string[] | null> {
  if ((await countRecoveryCodesLeft(trx, userId)) > 0) return null;
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(trx, userId, codes.hashes);
  return codes.shown;
}
