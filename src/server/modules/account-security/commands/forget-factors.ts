import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { deleteRecoveryCodes, deleteRememberedDevices, findTotp, listPasskeys } from '../repository.js';

// policy: internal step of removing a factor or an administrator's reset; both asked the policy before calling it, for the same account.
/** Without any factor left, recovery codes and remembered devices mean nothing: they go too. */
export async function forgetFactorsIfNoneLeft(trx: Kysely<DB>, userId: string): Promise<void> {
  const totp = await findTotp(trx, userId);
  const passkeys = await listPasskeys(trx, userId);
  if (totp?.confirmed_at || passkeys.length > 0) return;
  await deleteRecoveryCodes(trx, userId);
  await deleteRememberedDevices(trx, userId);
}
