// policy: public (logging in is how one gets an actor; the password and the throttle are the check)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { verifyPassword } from '../../../auth/passwords.js';
import { createSession } from '../../../auth/sessions.js';
import { beginPasswordCheck, passwordCheckSucceeded, waitInMinutes } from '../../../auth/password-throttle.js';
import { ProblemError, tooManyRequests } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { findLoginAccount } from '../repository.js';
import { passwordSignInAllowed } from '../../single-sign-on/index.js';
import { isRememberedDevice } from '../../../auth/second-factor.js';

export interface LogInInput {
  email: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
  /** The remembered-device cookie's token, when the browser sent a valid one (ADR 0015). */
  rememberedDevice?: string | undefined;
}

const passwordSignInOff = () =>
  new ProblemError(403, 'password-sign-in-off', 'Inloggen met wachtwoord staat uit.', 'Uw pool logt in via de inlogdienst van uw organisatie. Kies op de inlogpagina "Inloggen met …".');

const invalidCredentials = () =>
  new ProblemError(401, 'invalid-credentials', 'Inloggen mislukt.', 'Het e-mailadres of het wachtwoord klopt niet.');

/**
 * Checks the password and starts a session. Wrong passwords make the next try wait per account and
 * address, per address, and (slowly, and never at an address the account signed in from before)
 * per account: guessing from elsewhere cannot lock the real user out.
 */
export async function logIn(db: Kysely<DB>, ctx: AuditContext, input: LogInInput) {
  const email = input.email.trim().toLowerCase();
  const now = new Date();

  const { wait, attemptId } = await beginPasswordCheck(db, { email, ip: input.ip }, now);
  if (attemptId === null) {
    await writeAudit(db, ctx, { action: 'login', objectType: 'session', result: 'denied', actorLabel: email, detail: { reason: 'locked', limit: wait.limit } });
    throw tooManyRequests(
      wait.limit === 'account'
        ? `Voor dit account zijn vanaf veel plaatsen verkeerde wachtwoorden geprobeerd. Probeer het over ${waitInMinutes(wait.seconds)} opnieuw, of vanaf een adres waar u eerder inlogde.`
        : `Te veel mislukte inlogpogingen vanaf dit adres. Probeer het over ${waitInMinutes(wait.seconds)} opnieuw, of stel uw wachtwoord opnieuw in.`,
      wait.seconds,
    );
  }

  const user = await findLoginAccount(db, email);
  const ok = (await verifyPassword(user?.password_hash ?? null, input.password)) && user?.active === true;

  if (ok) await passwordCheckSucceeded(db, attemptId);
  if (!ok || !user) {
    await writeAudit(db, { ...ctx, poolId: user?.pool_id ?? null }, {
      action: 'login',
      objectType: 'session',
      result: 'failure',
      actorLabel: email,
    });
    throw invalidCredentials();
  }

  // A pool that signs in through its organisation's single sign-on may switch passwords off (ADR 0016).
  if (!(await passwordSignInAllowed(db, user.pool_id))) {
    await writeAudit(db, { ...ctx, poolId: user.pool_id }, { action: 'login', objectType: 'session', result: 'denied', actorLabel: email, detail: { reason: 'password-sign-in-off' } });
    throw passwordSignInOff();
  }

  // A device remembered after a second step within its term skips the step (ADR 0015).
  const remembered = await isRememberedDevice(db, user.id, input.rememberedDevice, now);
  const session = await createSession(db, user.id, { ip: input.ip, userAgent: input.userAgent, at: now, ...(remembered ? { secondFactor: 'remembered' as const } : {}) });
  await writeAudit(db, { ...ctx, poolId: user.pool_id }, {
    action: 'login',
    objectType: 'session',
    objectId: user.id,
    actorLabel: email,
    ...(remembered ? { detail: { secondFactor: 'remembered' } } : {}),
  });
  return { userId: user.id, poolId: user.pool_id, secondFactor: remembered ? ('remembered' as const) : null, ...session };
}
