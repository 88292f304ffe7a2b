import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { seedDemo } from './seed-demo.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { createInvitation } from '../modules/invitations/index.js';
import { systemContext } from '../audit/write-audit.js';

export type FirstStartResult =
  | { kind: 'existing' }
  | { kind: 'demo' }
  | { kind: 'admin-invitation'; link: string; email: string };

export const FIRST_ADMIN_EMAIL = 'beheerder@mediatorpool.local';
const FIRST_START_LOCK = 7270001;

/**
 * On an empty database: the demo pool, or (MEDIATORPOOL_DEMO=false) an empty pool and a one-time
 * invitation link for the first administrator. Until someone accepts it, each start prints a new link.
 */
export async function prepareFirstStart(db: Database, opts: { demo: boolean; baseUrl: string }): Promise<FirstStartResult> {
  // Several instances may start at once against one PostgreSQL server: one prepares, the others wait.
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${FIRST_START_LOCK})`.execute(trx);
    return prepareLocked(trx, opts);
  });
}

async function prepareLocked(db: Database, opts: { demo: boolean; baseUrl: string }): Promise<FirstStartResult> {
  const pool = await db.selectFrom('pool').select('id').orderBy('created_at').limit(1).executeTakeFirst();
  if (!pool && opts.demo) {
    await seedDemo(db);
    return { kind: 'demo' };
  }
  const poolId = pool?.id ?? (await db.insertInto('pool').values({ name: 'Mediatorpool' }).returning('id').executeTakeFirstOrThrow()).id;
  const admin = await db
    .selectFrom('app_user')
    .select('id')
    .where('pool_id', '=', poolId)
    .where('active', '=', true)
    .where(sql<boolean>`'admin' = ANY(roles)`)
    .executeTakeFirst();
  if (admin) return { kind: 'existing' };

  const { link } = await createInvitation(db, systemContext(poolId, 'eerste start'), {
    poolId,
    email: FIRST_ADMIN_EMAIL,
    name: 'Beheerder',
    roles: ['admin'],
    municipalityId: null,
    invitedBy: null,
    baseUrl: opts.baseUrl,
  });
  return { kind: 'admin-invitation', link, email: FIRST_ADMIN_EMAIL };
}

export function describeFirstStart(result: FirstStartResult, baseUrl: string): string {
  switch (result.kind) {
    case 'existing':
      return '';
    case 'demo':
      return [
        '',
        'Demo pool created: Mediatorpool Meppel en omstreken (Meppel, Steenwijkerland, Westerveld, Staphorst, Zwartewaterland).',
        `Open ${baseUrl} and log in with one of these accounts (password for all: ${DEMO_PASSWORD}):`,
        ...DEMO_ACCOUNTS.map((a) => `  ${a.roles.join(', ').padEnd(12)} ${a.email}`),
        'The registry holds six demo mediators (3 active, 1 in training, 2 dormant); their accounts use the same password.',
        'Start with MEDIATORPOOL_DEMO=false on an empty data directory for a clean installation.',
        '',
      ].join('\n');
    case 'admin-invitation':
      return [
        '',
        'No administrator yet. Open this one-time link to create the first administrator account',
        `(valid for 7 days; the e-mail address can be changed afterwards in the profile):`,
        `  ${result.link}`,
        '',
      ].join('\n');
  }
}
