import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import type { CurrentSession } from '../../../../contract/auth.js';
import { isRole } from '../../../../domain/roles.js';
import { notFound } from '../../../http/problem.js';
import { findUser, presentUser } from '../../users/index.js';
import { canAuth } from '../policy.js';
import { findPoolBrand } from '../repository.js';
import { sessionActions } from '../session-actions.js';

/** The signed-in person, their pool's brand, the CSRF code and the areas they may open. */
export async function currentSession(db: Kysely<DB>, actor: Actor): Promise<CurrentSession> {
  ensureCan(canAuth, actor, 'read-session', { userId: actor.userId });
  const user = await findUser(db, actor.poolId, actor.userId);
  if (!user) throw notFound();
  const pool = await findPoolBrand(db, actor.poolId);
  return { user: presentUser(user), csrfToken: actor.csrfToken ?? null, pool, allowedActions: sessionActions(actor) };
}

/** The same answer right after logging in, for the account that just started `session`. */
export async function sessionAfterLogIn(db: Kysely<DB>, session: { userId: string; poolId: string; csrfToken: string }): Promise<CurrentSession> {
  const user = await findUser(db, session.poolId, session.userId);
  if (!user) throw notFound();
  const actor: Actor = {
    userId: user.id,
    poolId: session.poolId,
    municipalityId: user.municipality_id,
    roles: user.roles.filter(isRole),
    name: user.name,
    email: user.email,
    locale: user.locale,
    via: 'session',
    csrfToken: session.csrfToken,
  };
  return currentSession(db, actor);
}
