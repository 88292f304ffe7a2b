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
import { secondFactorStanding } from '../../../auth/second-factor.js';
import { isPending } from '../../../../domain/second-factor/second-factor.js';
import type { SecondFactorKind } from '../../../auth/sessions.js';

/** The signed-in person, their pool's brand, the CSRF code and the areas they may open. */
export async function currentSession(db: Kysely<DB>, actor: Actor): Promise<CurrentSession> {
  ensureCan(canAuth, actor, 'read-session', { userId: actor.userId });
  const user = await findUser(db, actor.poolId, actor.userId);
  if (!user) throw notFound();
  const pool = await findPoolBrand(db, actor.poolId);
  // Where the session stands with the second factor (ADR 0015): while pending it may open nothing.
  const secondFactor = await secondFactorStanding(db, { ...actor, passed: actor.via === 'token' || actor.secondFactorPassed === true });
  const standing: Actor = isPending(secondFactor.status) ? { ...actor, secondFactorPending: secondFactor.status } : actor;
  return { user: presentUser(user), csrfToken: actor.csrfToken ?? null, pool, allowedActions: sessionActions(standing), secondFactor };
}

/** The same answer right after logging in, for the account that just started `session`. */
export async function sessionAfterLogIn(
  db: Kysely<DB>,
  session: { userId: string; poolId: string; csrfToken: string; secondFactor?: SecondFactorKind | null },
): Promise<CurrentSession> {
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
    secondFactorPassed: (session.secondFactor ?? null) !== null,
  };
  return currentSession(db, actor);
}
