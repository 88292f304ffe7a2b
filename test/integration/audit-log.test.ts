import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPoolWithRoles } from '../helpers/factories.js';
import { testEngines } from '../helpers/test-database.js';

for (const engine of testEngines()) {
  describe(`audit log (${engine})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof createPoolWithRoles>>;
    let admin: Agent;
    before(async () => {
      t = await createTestApp(engine);
      world = await createPoolWithRoles(t.handle.db);
      admin = await new Agent(t.app).login(world.users.admin.email, world.users.admin.password);
    });
    after(() => t.close());

    test('the database refuses to update, delete or truncate audit rows', async () => {
      await admin.patch('/api/v1/me', { name: 'Beheerder Eén' });
      for (const statement of [sql`UPDATE audit_event SET action = 'x'`, sql`DELETE FROM audit_event`, sql`TRUNCATE audit_event`]) {
        // The trigger says no; on PostgreSQL the app's role lacks the privilege even before that.
        await assert.rejects(statement.execute(t.handle.db), /append-only|permission denied/);
      }
      const rows = await t.handle.db.selectFrom('audit_event').select('action').where('action', '=', 'profile.update').execute();
      assert.equal(rows.length, 1);
    });

    test('a write and its audit row share one transaction: a failed write leaves no audit row', async () => {
      const before = await t.handle.db.selectFrom('audit_event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const res = await admin.patch(`/api/v1/users/${world.users.admin.id}`, { active: false });
      assert.equal(res.statusCode, 409);
      const afterCount = await t.handle.db.selectFrom('audit_event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(afterCount.n), Number(before.n));
    });

    test('admins browse with filters, newest first, with the request id and origin', async () => {
      const res = await admin.get('/api/v1/audit-events?action=login&pageSize=5');
      assert.equal(res.statusCode, 200);
      const body = res.json();
      assert.ok(body.total >= 1);
      const row = body.items[0];
      assert.equal(row.action, 'login');
      assert.ok(row.requestId);
      assert.equal(row.origin, '127.0.0.1');
      const failures = (await admin.get('/api/v1/audit-events?result=failure')).json();
      assert.ok(failures.items.every((i: { result: string }) => i.result === 'failure'));
      const bad = await admin.get('/api/v1/audit-events?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z');
      assert.equal(bad.statusCode, 400);
    });

    test('only admins read the audit log', async () => {
      for (const role of ['coordinator', 'contact', 'mediator', 'finance'] as const) {
        const agent = await new Agent(t.app).login(world.users[role].email, world.users[role].password);
        assert.equal((await agent.get('/api/v1/audit-events')).statusCode, 403, role);
      }
    });
  });
}
