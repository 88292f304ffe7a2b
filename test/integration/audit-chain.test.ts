import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/server/db/database.js';
import { openServerDatabase } from '../../src/server/db/server-database.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';
import * as m0020 from '../../src/server/db/migrations/0020-audit-chain-and-processing.js';
import { systemContext, writeAudit, type AuditContext } from '../../src/server/audit/write-audit.js';
import { verifyAuditChain } from '../../src/server/audit/verify-chain.js';
import { createEmptyPostgresDatabase } from '../helpers/test-database.js';
import { createPool, createUser } from '../helpers/factories.js';
import { createTestDatabase, testEngines, type Engine } from '../helpers/test-database.js';

/**
 * The audit log's hash chain (issue 17, item 6; ADR 0017): every committed audit row is linked,
 * `verifyAuditChain` recomputes the links in Node, and an owner who edits or removes a row past
 * the append-only trigger is found at that row.
 */

interface Databases {
  /** What the server works as (on PostgreSQL the restricted runtime role). */
  app: Database;
  /** The tables' owner, who can switch the append-only trigger off. */
  owner: Database;
  close(): Promise<void>;
}

async function openDatabases(engine: Engine): Promise<Databases> {
  if (engine === 'pglite') {
    const handle = await createTestDatabase('pglite');
    return { app: handle.db, owner: handle.db, close: () => handle.close() };
  }
  const { handle: owner, name } = await createEmptyPostgresDatabase();
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  const { handle } = await openServerDatabase({ databaseUrl: url.toString(), poolSize: 6 });
  return {
    app: handle.db,
    owner: owner.db,
    close: async () => {
      await handle.close();
      await owner.close();
    },
  };
}

const ctx = (poolId: string, traceId: string | null = null): AuditContext => ({ ...systemContext(poolId, 'test'), traceId });

/** What an owner with the trigger switched off can do to one row. */
async function asOwnerWithoutGuard(owner: Database, statement: ReturnType<typeof sql>): Promise<void> {
  await owner.transaction().execute(async (trx) => {
    await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`.execute(trx);
    await statement.execute(trx);
    await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete`.execute(trx);
  });
}

for (const engine of testEngines()) {
  describe(`audit chain (${engine})`, () => {
    let dbs: Databases;
    let poolId: string;
    before(async () => {
      dbs = await openDatabases(engine);
      poolId = (await createPool(dbs.app)).id;
    });
    after(() => dbs.close());

    test('rows written in transactions are linked in commit order, and the chain verifies', async () => {
      const user = await createUser(dbs.app, poolId, { roles: ['admin'] });
      await dbs.app.transaction().execute(async (trx) => {
        await writeAudit(trx, ctx(poolId, '4bf92f3577b34da6a3ce929d0e0e4736'), { action: 'user.update', objectType: 'user', objectId: user.id, detail: { naam: 'Zoë “Ö” 𝄞', nested: { b: [1, 2.5, null], a: 'x' } } });
        await writeAudit(trx, ctx(poolId), { action: 'case.read', objectType: 'case', objectId: 'c-1', purpose: 'zaakbehandeling' });
      });
      await writeAudit(dbs.app, ctx(poolId), { action: 'login', objectType: 'session', result: 'denied', actorLabel: 'iemand@example.test' });
      const report = await verifyAuditChain(dbs.app);
      assert.equal(report.intact, true, JSON.stringify(report));
      const rows = await dbs.app.selectFrom('audit_event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(report.checked, Number(rows.n));
      const first = await dbs.app.selectFrom('audit_event').selectAll().where('action', '=', 'user.update').executeTakeFirstOrThrow();
      assert.equal(first.activity, 'accountbeheer');
      assert.deepEqual([first.subject_type, first.subject_id, first.trace_id], ['user', user.id, '4bf92f3577b34da6a3ce929d0e0e4736']);
    });

    test('a rolled-back transaction leaves no link and no gap', async () => {
      await dbs.app
        .transaction()
        .execute(async (trx) => {
          await writeAudit(trx, ctx(poolId), { action: 'case.triage', objectType: 'case', objectId: 'c-2' });
          throw new Error('roll back');
        })
        .catch(() => {});
      await writeAudit(dbs.app, ctx(poolId), { action: 'case.triage', objectType: 'case', objectId: 'c-3' });
      assert.equal((await verifyAuditChain(dbs.app)).intact, true);
    });

    if (engine === 'postgres') {
      test('the runtime role can neither change a row nor a link', async () => {
        await assert.rejects(sql`UPDATE audit_chain SET hash = 'x'`.execute(dbs.app), /permission denied|append-only/);
        await assert.rejects(sql`UPDATE audit_event SET actor_label = 'x'`.execute(dbs.app), /permission denied|append-only/);
      });

      test('concurrent transactions never chain to the same predecessor', async () => {
        const writers = Array.from({ length: 24 }, (_, i) =>
          dbs.app.transaction().execute(async (trx) => {
            await writeAudit(trx, ctx(poolId), { action: 'hours.log', objectType: 'hour-entry', objectId: `h-${i}-a` });
            await sql`SELECT pg_sleep(0)`.execute(trx);
            await writeAudit(trx, ctx(poolId), { action: 'hours.approve', objectType: 'hour-entry', objectId: `h-${i}-b` });
          }),
        );
        await Promise.all(writers);
        const forks = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (SELECT prev_hash FROM audit_chain GROUP BY prev_hash HAVING count(*) > 1) f`.execute(dbs.app);
        assert.equal(forks.rows[0]!.n, 0);
        const report = await verifyAuditChain(dbs.app);
        assert.equal(report.intact, true, JSON.stringify(report));
      });
    }

    test('an owner who edits one audit row breaks the chain at that row', async () => {
      await writeAudit(dbs.app, ctx(poolId), { action: 'mediator.read', objectType: 'mediator', objectId: 'm-1', purpose: 'registerbeheer' });
      const victim = await dbs.app.selectFrom('audit_event').select('id').where('object_id', '=', 'c-3').executeTakeFirstOrThrow();
      const link = await dbs.app.selectFrom('audit_chain').select('seq').where('audit_id', '=', victim.id).executeTakeFirstOrThrow();
      await asOwnerWithoutGuard(dbs.owner, sql`UPDATE audit_event SET object_id = 'c-4' WHERE id = ${victim.id}`);
      const report = await verifyAuditChain(dbs.app);
      assert.equal(report.intact, false);
      assert.deepEqual(report.firstBreak, { reason: 'content-changed', seq: Number(link.seq), auditId: Number(victim.id) });
      assert.equal(report.checked, Number(link.seq) - 1);
      await asOwnerWithoutGuard(dbs.owner, sql`UPDATE audit_event SET object_id = 'c-3' WHERE id = ${victim.id}`);
      assert.equal((await verifyAuditChain(dbs.app)).intact, true, 'put back, it verifies again');
    });

    test('a row written past the trigger, or removed, is found', async () => {
      await dbs.owner.transaction().execute(async (trx) => {
        await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_chain`.execute(trx);
        await writeAudit(trx, ctx(poolId), { action: 'case.read', objectType: 'case', objectId: 'sneaky' });
        await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_chain`.execute(trx);
      });
      const sneaky = await dbs.app.selectFrom('audit_event').select('id').where('object_id', '=', 'sneaky').executeTakeFirstOrThrow();
      assert.deepEqual((await verifyAuditChain(dbs.app)).firstBreak, { reason: 'row-unchained', seq: null, auditId: Number(sneaky.id) });
      await asOwnerWithoutGuard(dbs.owner, sql`DELETE FROM audit_event WHERE id = ${sneaky.id}`);
      const victim = await dbs.app.selectFrom('audit_event').select('id').where('object_id', '=', 'm-1').executeTakeFirstOrThrow();
      await asOwnerWithoutGuard(dbs.owner, sql`DELETE FROM audit_event WHERE id = ${victim.id}`);
      assert.equal((await verifyAuditChain(dbs.app)).firstBreak?.reason, 'row-missing');
    });
  });
}

describe('migration 0020 on an existing log (pglite)', () => {
  let handle: DatabaseHandle;
  before(async () => {
    handle = await openDatabase({});
    await migrateToLatest(handle.db);
  });
  after(() => handle.close());

  test('chains the rows that were there in id order', async () => {
    const db = handle.db;
    await m0020.down(db as never);
    const pool = await createPool(db);
    for (const action of ['login', 'user.update', 'case.read']) {
      await sql`INSERT INTO audit_event (pool_id, actor_label, action, object_type, result, detail) VALUES (${pool.id}, 'ouder', ${action}, 'x', 'success', '{"a":1}')`.execute(db);
    }
    await m0020.up(db as never);
    const links = await db.selectFrom('audit_chain').innerJoin('audit_event', 'audit_event.id', 'audit_chain.audit_id').select(['seq', 'action']).orderBy('seq').execute();
    assert.deepEqual(links.map((l) => l.action), ['login', 'user.update', 'case.read']);
    await writeAudit(db, ctx(pool.id), { action: 'case.triage', objectType: 'case', objectId: 'new' });
    const report = await verifyAuditChain(db);
    assert.equal(report.intact, true, JSON.stringify(report));
    assert.equal(report.checked, 4);
  });
});
