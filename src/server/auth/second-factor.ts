import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Role } from '../../domain/roles.js';
import { mustUseSecondFactor, secondFactorStatus, type SecondFactorStatus } from '../../domain/second-factor/second-factor.js';
import { ProblemError } from '../http/problem.js';
import { sha256 } from './tokens.js';

/**
 * Where a session stands with the second factor (docs/adr/0015-second-factor.md). Asked by the
 * authentication plugin for every session that has not passed the second step, and by the session
 * answer; a session that passed it (`second_factor` set) costs no query.
 */
export interface SecondFactorStanding {
  status: SecondFactorStatus;
  /** The ways this person can take the second step. */
  methods: ('totp' | 'passkey' | 'recovery')[];
  required: boolean;
}

export async function secondFactorStanding(
  db: Kysely<DB>,
  who: { userId: string; poolId: string; roles: readonly Role[]; passed: boolean },
): Promise<SecondFactorStanding> {
  const row = await db
    .selectFrom('pool_settings as ps')
    .select([
      'ps.require_second_factor',
      sql<boolean>`exists (select 1 from user_totp t where t.user_id = ${who.userId} and t.confirmed_at is not null)`.as('totp'),
      sql<boolean>`exists (select 1 from user_passkey p where p.user_id = ${who.userId})`.as('passkey'),
      sql<boolean>`exists (select 1 from user_recovery_code r where r.user_id = ${who.userId} and r.used_at is null)`.as('recovery'),
    ])
    .where('ps.pool_id', '=', who.poolId)
    .executeTakeFirst();
  // No settings row (it is made with the pool, so this is a broken install): the safe side.
  const required = mustUseSecondFactor(who.roles, row?.require_second_factor ?? true);
  const methods: SecondFactorStanding['methods'] = [];
  if (row?.totp) methods.push('totp');
  if (row?.passkey) methods.push('passkey');
  if (row?.recovery && methods.length > 0) methods.push('recovery');
  const status = secondFactorStatus({ passed: who.passed, enrolled: row?.totp === true || row?.passkey === true, required });
  return { status, methods, required };
}

/** The problem a pending session gets from every route but the second step and enrolment. */
export function secondFactorPendingProblem(status: 'verify' | 'enrol'): ProblemError {
  return status === 'verify'
    ? new ProblemError(
        403,
        'second-factor-required',
        'Tweede stap nodig.',
        'Bevestig eerst dat u het bent met uw tweede factor (een code uit uw app, een passkey of een herstelcode).',
      )
    : new ProblemError(
        403,
        'second-factor-enrolment-required',
        'Tweede factor instellen.',
        'Uw pool vraagt een tweede factor voor uw rol. Stel eerst een authenticator-app of passkey in; daarna kunt u verder.',
      );
}

/** The signed cookie of a remembered device: a random token; the database keeps its SHA-256. */
export const REMEMBERED_DEVICE_COOKIE = 'mp_device';

/** Whether `token` (from the remembered-device cookie) lets this person skip the second step now. */
export async function isRememberedDevice(db: Kysely<DB>, userId: string, token: string | undefined, now = new Date()): Promise<boolean> {
  if (!token) return false;
  const row = await db
    .selectFrom('remembered_device')
    .select('id')
    .where('id', '=', sha256(token))
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}
