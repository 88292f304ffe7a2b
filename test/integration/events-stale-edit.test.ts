import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createPoolWithRoles, createUser } from '../helpers/factories.js';
import { createMediator } from '../helpers/registry-factories.js';

/**
 * Issue 16, item 3 (follow-up): changing an event is a guarded update. The form sends the
 * event's `updatedAt` as it read it; when another organiser saved in between, the change is a 409
 * event-changed with a clear Dutch message and nothing is stored: no row change, no audit row, no
 * mail. Two changes at once from the same read: one wins, the other is refused. A registration in
 * between does not make the form stale (it does not change the event).
 */
for (const engine of testEngines()) {
  describe(`events: a stale or concurrent change (${engine})`, () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createPoolWithRoles>>;
    let first: Agent;
    let second: Agent;
    const db = () => t.handle.db;
    const hour = 3600_000;
    const startsAt = new Date(Date.now() + 14 * 24 * hour);

    before(async () => {
      t = await createTestApp(engine);
      w = await createPoolWithRoles(db());
      const other = await createUser(db(), w.pool.id, { roles: ['coordinator'], municipalityId: w.municipality.id });
      first = await new Agent(t.app).login(w.users.coordinator.email, w.users.coordinator.password);
      second = await new Agent(t.app).login(other.email, other.password);
    });
    after(() => t.close());

    const body = (o: { title?: string; capacity?: number; location?: string } = {}) => ({
      kind: 'masterclass',
      title: o.title ?? 'Masterclass doorvragen',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * hour).toISOString(),
      location: o.location ?? 'Stadhuis Meppel, zaal 2',
      capacity: o.capacity ?? 4,
      points: 3,
    });
    const newEvent = async () => {
      const created = await first.post('/api/v1/events', body());
      assert.equal(created.statusCode, 201, created.body);
      return created.json() as { id: string; updatedAt: string };
    };
    const row = (id: string) => db().selectFrom('community_event').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const audits = async (id: string) => (await db().selectFrom('audit_event').select('id').where('object_id', '=', id).where('action', '=', 'event.update').execute()).length;
    const mails = async () => (await db().selectFrom('mail_outbox').select('id').where('kind', 'in', ['event-changed', 'event-place-freed']).execute()).length;

    test('a change over a version someone else saved in between: 409 event-changed in Dutch, nothing stored', async () => {
      const ev = await newEvent();
      const mediator = await createMediator(db(), w.pool.id, { municipalityId: w.municipality.id, name: 'Fenna de Wit' });
      const fenna = await new Agent(t.app).login(mediator.user.email, mediator.user.password);
      assert.equal((await fenna.post(`/api/v1/events/${ev.id}/registrations`)).statusCode, 201);

      // Both organisers opened the form at the same version; the registration did not change it.
      const readByFirst = (await first.get(`/api/v1/events/${ev.id}`)).json().updatedAt as string;
      const readBySecond = (await second.get(`/api/v1/events/${ev.id}`)).json().updatedAt as string;
      assert.equal(readByFirst, ev.updatedAt);
      assert.equal(readBySecond, ev.updatedAt);

      const saved = await second.put(`/api/v1/events/${ev.id}`, { ...body({ location: 'Bibliotheek Meppel' }), updatedAt: readBySecond });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.notEqual(saved.json().updatedAt, readBySecond, 'a change moves the version on');

      const stored = await row(ev.id);
      const auditCount = await audits(ev.id);
      const mailCount = await mails();
      const stale = await first.put(`/api/v1/events/${ev.id}`, { ...body({ title: 'Masterclass doorvragen (nieuw)', capacity: 6 }), updatedAt: readByFirst });
      assert.equal(stale.statusCode, 409, stale.body);
      assert.match(stale.json().type, /event-changed$/);
      assert.match(stale.json().detail, /intussen gewijzigd\. Er is niets opgeslagen/);
      assert.deepEqual(await row(ev.id), stored, 'nothing changed');
      assert.equal(await audits(ev.id), auditCount, 'no audit row');
      assert.equal(await mails(), mailCount, 'no mail');

      // Read again, the same change goes through.
      const fresh = (await first.get(`/api/v1/events/${ev.id}`)).json().updatedAt as string;
      const retried = await first.put(`/api/v1/events/${ev.id}`, { ...body({ title: 'Masterclass doorvragen (nieuw)', capacity: 6, location: 'Bibliotheek Meppel' }), updatedAt: fresh });
      assert.equal(retried.statusCode, 200, retried.body);
      assert.equal(retried.json().title, 'Masterclass doorvragen (nieuw)');
    });

    test('two changes at once from the same read: one is stored, the other gets 409', async () => {
      const ev = await newEvent();
      const results = await Promise.all([
        first.put(`/api/v1/events/${ev.id}`, { ...body({ title: 'Versie van de eerste' }), updatedAt: ev.updatedAt }),
        second.put(`/api/v1/events/${ev.id}`, { ...body({ title: 'Versie van de tweede' }), updatedAt: ev.updatedAt }),
      ]);
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409], results.map((r) => r.body).join('\n'));
      const winner = results.find((r) => r.statusCode === 200)!.json() as { title: string };
      assert.equal((await row(ev.id)).title, winner.title);
      assert.equal(await audits(ev.id), 1);
    });

    test('a change without the version read, or with one that is not a time: 400 naming updatedAt, nothing changed', async () => {
      const ev = await newEvent();
      const stored = await row(ev.id);
      const missing = await first.put(`/api/v1/events/${ev.id}`, body({ title: 'Zonder versie' }));
      assert.equal(missing.statusCode, 400, missing.body);
      assert.ok(JSON.stringify(missing.json().invalidParams).includes('updatedAt'), missing.body);
      const garbage = await first.put(`/api/v1/events/${ev.id}`, { ...body({ title: 'Onzin' }), updatedAt: 'gisteren' });
      assert.equal(garbage.statusCode, 400, garbage.body);
      const old = await first.put(`/api/v1/events/${ev.id}`, { ...body({ title: 'Te oud' }), updatedAt: '2020-01-01T00:00:00.000Z' });
      assert.equal(old.statusCode, 409, old.body);
      assert.deepEqual(await row(ev.id), stored);
    });
  });
}
