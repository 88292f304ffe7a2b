import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { mustUseSecondFactor } from '../../../domain/second-factor/second-factor.js';
import type { AccountSecurityObject } from './policy.js';
import { findTotp, listPasskeys, poolRequiresSecondFactor } from './repository.js';

/** The actor's own account as the policy sees it: required or not, app enrolled, passkeys. */
export async function loadOwnAccount(db: Kysely<DB>, actor: Actor) {
  // One after another: inside a transaction the queries share one connection.
  const totp = await findTotp(db, actor.userId);
  const passkeys = await listPasskeys(db, actor.userId);
  const poolRequires = await poolRequiresSecondFactor(db, actor.poolId);
  const object: AccountSecurityObject = {
    userId: actor.userId,
    poolId: actor.poolId,
    required: mustUseSecondFactor(actor.roles, poolRequires),
    totp: totp?.confirmed_at != null,
    passkeys: passkeys.length,
  };
  return { object, totp, passkeys };
}

/** How many factors the account has (an app counts once, each passkey once). */
export const factorCount = (o: AccountSecurityObject) => (o.totp ? 1 : 0) + (o.passkeys ?? 0);
