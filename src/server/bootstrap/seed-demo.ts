import type { Database } from '../db/database.js';
import { hashPassword } from '../auth/passwords.js';
import { findReferenceMunicipality } from '../reference-data/municipalities.js';
import { writeAudit, systemContext } from '../audit/write-audit.js';
import { seedDemoRegistry } from '../modules/registry/index.js';
import { seedDemoYear } from '../modules/reports/index.js';
import { seedDemoExternalEngagement } from '../modules/settlement/index.js';
import { seedDemoDisclosureCases } from '../modules/matching/index.js';
import { seedDemoNetwork } from '../modules/network/index.js';
import { seedDemoLentCase, seedDemoLoanCase } from '../modules/lending/index.js';
import { seedDemoPoolBenchmark } from '../modules/pool-benchmark/index.js';
import { seedDemoDirectory } from '../modules/directory/index.js';
import { seedDemoRetention } from '../modules/retention/index.js';
import { seedDemoEvents } from '../modules/events/index.js';
import { seedDemoIntervision } from '../modules/community/index.js';
import { seedDemoKnowledgeBase } from '../modules/knowledge-base/index.js';
import { seedDemoCaseDiscussion } from '../modules/case-discussion/index.js';
import { DEMO_ACCOUNTS, DEMO_MUNICIPALITY_CODES, DEMO_POOL, DEMO_PASSWORD } from './demo-accounts.js';

export interface SeedDemoOptions {
  /** Settings, rates and the six demo mediators (3 active, 1 in training, 2 dormant). */
  withRegistry?: boolean;
}

/** Creates the demo pool with its five municipalities, one account per role and its registry. */
export async function seedDemo(db: Database, opts: SeedDemoOptions = {}): Promise<{ poolId: string }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const inTransaction = <T>(fn: (trx: Database) => Promise<T>) => (db.isTransaction ? fn(db) : db.transaction().execute(fn));
  return inTransaction(async (trx) => {
    const pool = await trx.insertInto('pool').values(DEMO_POOL).returning('id').executeTakeFirstOrThrow();
    const ids = new Map<string, string>();
    for (const code of DEMO_MUNICIPALITY_CODES) {
      const ref = findReferenceMunicipality(code);
      if (!ref) throw new Error(`Municipality ${code} is missing from the reference list`);
      const m = await trx
        .insertInto('municipality')
        .values({ code, name: ref.name, province: ref.province, lat: ref.lat, lon: ref.lon })
        .onConflict((oc) => oc.column('code').doUpdateSet({ name: ref.name }))
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.set(code, m.id);
      await trx.insertInto('pool_member').values({ pool_id: pool.id, municipality_id: m.id, member_since: '2013-03-01' }).execute();
    }
    for (const account of DEMO_ACCOUNTS) {
      await trx
        .insertInto('app_user')
        .values({
          pool_id: pool.id,
          municipality_id: ids.get(account.municipalityCode)!,
          email: account.email,
          name: account.name,
          roles: account.roles,
          password_hash: passwordHash,
          // The demo's administrator also administers the installation: creates pools (ADR 0022).
          platform_admin: account.roles.includes('admin'),
        })
        .execute();
    }
    if (opts.withRegistry ?? true) {
      await seedDemoRegistry(trx, pool.id);
      await seedDemoYear(trx, pool.id);
      await seedDemoExternalEngagement(trx, pool.id);
      await seedDemoDisclosureCases(trx, pool.id);
      // The second pool, a member of both and a lending agreement (issue 15, item 6).
      await seedDemoNetwork(trx, pool.id, passwordHash);
      // A Meppel case no Meppel mediator may lead: borrow Noor de Wit from the network (issue 15, item 2).
      await seedDemoLoanCase(trx, pool.id);
      // A Westerveld case Noor de Wit works on under an approved loan, its hours approved in the last period: lent hours on a draft settlement.
      await seedDemoLentCase(trx, pool.id);
      // A small third pool with a year of cases, and every demo pool agrees to be compared (issue 15, item 5).
      await seedDemoPoolBenchmark(trx);
      await seedDemoRetention(trx, pool.id);
      await seedDemoEvents(trx, pool.id);
      await seedDemoIntervision(trx, pool.id);
      await seedDemoKnowledgeBase(trx, pool.id);
      await seedDemoCaseDiscussion(trx, pool.id);
    }
    // The public directory's initiatives beside the pools (issue 15, item 3).
    await seedDemoDirectory(trx);
    // The demo's pools ask no second factor, so a visitor can try every role without an
    // authenticator app (README: how to switch it on). A real pool asks it of administrators,
    // coordinators and finance (ADR 0015). The database was empty: every pool is the demo's.
    await trx.updateTable('pool_settings').set({ require_second_factor: false }).execute();
    await writeAudit(trx, systemContext(pool.id), { action: 'demo.seed', objectType: 'pool', objectId: pool.id });
    return { poolId: pool.id };
  });
}
