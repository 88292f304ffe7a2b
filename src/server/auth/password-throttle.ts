import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { countingStarts, passwordAttemptWait, type ThrottleLimit } from '../../domain/login-throttle.js';

/**
 * The one throttle on password checks (`src/domain/login-throttle.ts` has the rules): signing in
 * (auth) and the current password on a password change (profile) count together in
 * `login_attempt`, per account (its address, lower-cased) and client address.
 */
export interface PasswordAttempt {
  /** The account's e-mail address, trimmed and lower-cased. */
  email: string;
  /** The client's address (`request.ip`). */
  ip: string;
}

const emailIs = (email: string) => sql<boolean>`lower(email) = ${email}`;

/** The last success of this account from this address since `since`, or null. */
async function lastSuccessFromAddress(db: Kysely<DB>, attempt: PasswordAttempt, since: Date): Promise<Date | null> {
  const row = await db
    .selectFrom('login_attempt')
    .select(sql<Date | string | null>`max(at)`.as('at'))
    .where(emailIs(attempt.email))
    .where('ip', '=', attempt.ip)
    .where('success', '=', true)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return row.at === null ? null : new Date(row.at);
}

type Wait = { seconds: number; limit: ThrottleLimit | null };

/** Seconds until this account may try a password from this address again (0: now), and why; counts the checks reserved before `ownId`. */
async function waitBefore(db: Kysely<DB>, attempt: PasswordAttempt, ownId: number, now: Date): Promise<Wait> {
  const known = await lastSuccessFromAddress(db, attempt, countingStarts(now, null).knownSince);
  const starts = countingStarts(now, known);
  const earliest = new Date(Math.min(starts.pair.getTime(), starts.address.getTime(), starts.account.getTime()));
  const pair = sql<boolean>`(${emailIs(attempt.email)} and ip = ${attempt.ip} and at > ${starts.pair})`;
  const address = sql<boolean>`(ip = ${attempt.ip} and at > ${starts.address})`;
  const account = sql<boolean>`(${emailIs(attempt.email)} and at > ${starts.account})`;
  const row = await db
    .selectFrom('login_attempt')
    .select([
      sql<number>`count(*) filter (where ${pair})::int`.as('pair'),
      sql<Date | string | null>`min(at) filter (where ${pair})`.as('pair_oldest'),
      sql<number>`count(*) filter (where ${address})::int`.as('address'),
      sql<Date | string | null>`min(at) filter (where ${address})`.as('address_oldest'),
      sql<number>`count(*) filter (where ${account})::int`.as('account'),
      sql<Date | string | null>`min(at) filter (where ${account})`.as('account_oldest'),
    ])
    .where('success', '=', false)
    // Only the checks reserved before this one: of simultaneous tries, the first ones go ahead.
    .where('id', '<', ownId)
    .where('at', '>', earliest)
    .where((eb) => eb.or([emailIs(attempt.email), eb('ip', '=', attempt.ip)]))
    .executeTakeFirstOrThrow();
  const at = (value: Date | string | null) => (value === null ? null : new Date(value));
  return passwordAttemptWait(
    {
      pair: { failures: row.pair, oldest: at(row.pair_oldest) },
      address: { failures: row.address, oldest: at(row.address_oldest) },
      account: { failures: row.account, oldest: at(row.account_oldest) },
      knownAddress: known !== null,
    },
    now,
  );
}

/**
 * Reserves one password check before the password is verified: it counts as a failure (also for
 * tries sent at the same moment) until `passwordCheckSucceeded`. While a limit holds nothing is
 * reserved and the answer is the wait; otherwise the wait is 0 and `attemptId` names the check.
 */
export async function beginPasswordCheck(
  db: Kysely<DB>,
  attempt: PasswordAttempt,
  now = new Date(),
): Promise<{ wait: Wait; attemptId: number | null }> {
  const reserved = await db
    .insertInto('login_attempt')
    .values({ email: attempt.email, ip: attempt.ip, success: false, at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const attemptId = reserved.id;
  const wait = await waitBefore(db, attempt, attemptId, now);
  if (wait.seconds === 0) return { wait, attemptId };
  await db.deleteFrom('login_attempt').where('id', '=', attemptId).execute();
  return { wait, attemptId: null };
}

/** The password was right: the check no longer counts, its pair starts again and the address is known. */
export async function passwordCheckSucceeded(db: Kysely<DB>, attemptId: number) {
  await db.updateTable('login_attempt').set({ success: true }).where('id', '=', attemptId).execute();
}

/** "een minuut" or "12 minuten": a wait in seconds, rounded up, for a Dutch message. */
export function waitInMinutes(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? 'een minuut' : `${minutes} minuten`;
}
