import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { verifyPassword } from '../../../auth/passwords.js';
import { createSession } from '../../../auth/sessions.js';
import { LOGIN_WINDOW_MINUTES, lockoutSeconds } from '../../../../domain/login-throttle.js';
import { ProblemError, tooManyRequests } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

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

  const counts = await db
    .selectFrom('login_attempt')
    .select([
      sql<number>`count(*) filter (where lower(email) = ${email})::int`.as('account'),
      sql<number>`count(*) filter (where ip = ${input.ip})::int`.as('address'),
      sql<Date | null>`min(at)`.as('oldest'),
    ])
    .where('success', '=', false)
    .where('at', '>', windowStart)
    .where((eb) => eb.or([eb(sql`lower(email)`, '=', email), eb('ip', '=', input.ip)]))
    .executeTakeFirstOrThrow();

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

  const user = await db
    .selectFrom('app_user')
    .select(['id', 'pool_id', 'password_hash', 'active'])
    .where(sql`lower(email)`, '=', email)
    .executeTakeFirst();
  const ok = (await verifyPassword(user?.password_hash ?? null, input.password)) && user?.active === true;

  await db.insertInto('login_attempt').values({ email, ip: input.ip, success: ok }).execute();
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
  await db.updateTable('app_user').set({ last_login_at: now }).where('id', '=', user.id).execute();
  await writeAudit(db, { ...ctx, poolId: user.pool_id }, {
    action: 'login',
    objectType: 'session',
    objectId: user.id,
    actorLabel: email,
  });
  return { userId: user.id, ...session };
}
