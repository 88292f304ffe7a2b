// policy: public (logging in is how one gets an actor; the password and the lockout are the check)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { verifyPassword } from '../../../auth/passwords.js';
import { createSession } from '../../../auth/sessions.js';
import { LOGIN_WINDOW_MINUTES, lockoutSeconds } from '../../../../domain/login-throttle.js';
import { ProblemError, tooManyRequests } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { failedLoginCounts, findLoginAccount, markLoggedIn, recordLoginAttempt } from '../repository.js';

export interface LogInInput {
  email: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
}

const invalidCredentials = () =>
  new ProblemError(401, 'invalid-credentials', 'Inloggen mislukt.', 'Het e-mailadres of het wachtwoord klopt niet.');

/** Checks the password (with lockout per account and per address) and starts a session. */
export async function logIn(db: Kysely<DB>, ctx: AuditContext, input: LogInInput) {
  const email = input.email.trim().toLowerCase();
  const now = new Date();
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);

  const counts = await failedLoginCounts(db, email, input.ip, windowStart);
  const wait = lockoutSeconds(
    { account: counts.account, address: counts.address, oldestRelevantFailure: counts.oldest ? new Date(counts.oldest) : null },
    now,
  );
  if (wait > 0) {
    await writeAudit(db, ctx, { action: 'login', objectType: 'session', result: 'denied', actorLabel: email, detail: { reason: 'locked' } });
    throw tooManyRequests(
      `Te veel mislukte inlogpogingen. Probeer het over ${Math.ceil(wait / 60)} minuten opnieuw, of stel uw wachtwoord opnieuw in.`,
      wait,
    );
  }

  const user = await findLoginAccount(db, email);
  const ok = (await verifyPassword(user?.password_hash ?? null, input.password)) && user?.active === true;

  await recordLoginAttempt(db, { email, ip: input.ip, success: ok });
  if (!ok || !user) {
    await writeAudit(db, { ...ctx, poolId: user?.pool_id ?? null }, {
      action: 'login',
      objectType: 'session',
      result: 'failure',
      actorLabel: email,
    });
    throw invalidCredentials();
  }

  const session = await createSession(db, user.id, { ip: input.ip, userAgent: input.userAgent });
  await markLoggedIn(db, user.id, now);
  await writeAudit(db, { ...ctx, poolId: user.pool_id }, {
    action: 'login',
    objectType: 'session',
    objectId: user.id,
    actorLabel: email,
  });
  return { userId: user.id, poolId: user.pool_id, ...session };
}
