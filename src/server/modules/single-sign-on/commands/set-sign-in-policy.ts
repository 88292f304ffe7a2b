import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { ProblemError } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { canSingleSignOn } from '../policy.js';
import { hasSignedInThroughPool, passwordSignInOf, setPasswordSignIn } from '../repository.js';

/**
 * Switches password sign-in on or off for the actor's pool. Off only by an administrator who has
 * signed in through one of the pool's enabled providers themselves: so the way in that remains
 * is known to work, and the pool does not lock its own administrators out.
 */
export async function setSignInPolicy(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, passwordSignIn: boolean) {
  const pool = { poolId: actor.poolId };
  ensureCan(canSingleSignOn, actor, 'manage-sign-in', pool, 'collection');
  const before = await passwordSignInOf(trx, actor.poolId);
  if (before === passwordSignIn) return;
  if (!passwordSignIn && !(await hasSignedInThroughPool(trx, actor.poolId, actor.userId))) {
    throw new ProblemError(
      409,
      'sso-not-proven',
      'Wachtwoorden kunnen nog niet uit.',
      'Log eerst zelf een keer in via een ingeschakelde inlogdienst van de pool. Zo weet u dat die werkt voordat wachtwoorden niet meer kunnen.',
    );
  }
  await setPasswordSignIn(trx, actor.poolId, passwordSignIn);
  await writeAudit(trx, ctx, { action: 'sso.password-sign-in', objectType: 'pool', objectId: actor.poolId, detail: { before, after: passwordSignIn } });
}
