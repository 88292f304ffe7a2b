import { execFileSync } from 'node:child_process';
import type { Database } from '../../src/server/db/database.js';
import { createPool, createUser } from './factories.js';
import { addMember, createMediator } from './registry-factories.js';
import { referralBody } from './case-factories.js';
import { Agent } from './test-app.js';
import type { FastifyInstance } from 'fastify';

/**
 * The worked example's pool: Meppel, Staphorst and Zwartewaterland (real CBS codes), hourly
 * settlement per quarter at € 62.50 in 2026, a Staphorst and a Meppel mediator, a mediator on no
 * case, contacts of each municipality, coordinator, finance, admin, and a user of another pool.
 */
export async function createHoursWorld(db: Database, opts: { mode?: 'hourly' | 'none'; period?: 'month' | 'quarter' | 'year'; rates?: Record<number, number> } = {}) {
  const pool = await createPool(db, { name: 'Mediatorpool Noord-West Overijssel' });
  const meppel = await addMember(db, pool.id, 'GM0119');
  const staphorst = await addMember(db, pool.id, 'GM0180');
  const zwartewaterland = await addMember(db, pool.id, 'GM1896');
  await db
    .updateTable('pool_settings')
    .set({ settlement_mode: opts.mode ?? 'hourly', settlement_period: opts.period ?? 'quarter' })
    .where('pool_id', '=', pool.id)
    .execute();
  for (const [year, cents] of Object.entries(opts.rates ?? { 2026: 6250 })) {
    await db.insertInto('pool_hourly_rate').values({ pool_id: pool.id, year: Number(year), cents }).execute();
  }
  const mStaphorst = await createMediator(db, pool.id, { municipalityId: staphorst.id, name: 'Sanne Staphorst' });
  const mMeppel = await createMediator(db, pool.id, { municipalityId: meppel.id, name: 'Mark Meppel' });
  const mIdle = await createMediator(db, pool.id, { municipalityId: zwartewaterland.id, name: 'Ingrid Idle' });
  const users = {
    coordinator: await createUser(db, pool.id, { roles: ['coordinator'], municipalityId: meppel.id, name: 'Carla Coördinator' }),
    coordinator2: await createUser(db, pool.id, { roles: ['coordinator'], municipalityId: zwartewaterland.id, name: 'Kees Coördinator' }),
    contactMeppel: await createUser(db, pool.id, { roles: ['contact'], municipalityId: meppel.id }),
    contactStaphorst: await createUser(db, pool.id, { roles: ['contact'], municipalityId: staphorst.id }),
    contactZwartewaterland: await createUser(db, pool.id, { roles: ['contact'], municipalityId: zwartewaterland.id }),
    mediatorStaphorst: mStaphorst.user,
    mediatorMeppel: mMeppel.user,
    mediatorIdle: mIdle.user,
    admin: await createUser(db, pool.id, { roles: ['admin'], municipalityId: meppel.id }),
    finance: await createUser(db, pool.id, { roles: ['finance'], municipalityId: meppel.id }),
  };
  const other = await createPool(db);
  const stranger = await createUser(db, other.id, { roles: ['coordinator', 'contact', 'mediator', 'finance', 'admin'] });
  return { pool, meppel, staphorst, zwartewaterland, profiles: { staphorst: mStaphorst.profile, meppel: mMeppel.profile, idle: mIdle.profile }, users, stranger };
}

export type HoursWorld = Awaited<ReturnType<typeof createHoursWorld>>;
export type HoursWho = keyof HoursWorld['users'] | 'otherPool' | 'anonymous';

/** One signed-in agent per user of the world, the other pool's user, and an anonymous one. */
export async function hoursAgents(app: FastifyInstance, w: HoursWorld): Promise<Record<HoursWho, Agent>> {
  const agents = {} as Record<HoursWho, Agent>;
  for (const [k, u] of Object.entries(w.users)) agents[k as keyof HoursWorld['users']] = await new Agent(app).login(u.email, u.password);
  agents.otherPool = await new Agent(app).login(w.stranger.email, w.stranger.password);
  agents.anonymous = new Agent(app);
  return agents;
}

/**
 * A case of `municipalityId` referred by the coordinator (through the API), with a mediator on
 * it (as matching does; assigned on `assignedOn`, by default the referral date) and the status set
 * straight in the database.
 */
export async function caseWithMediator(
  app: FastifyInstance,
  db: Database,
  coordinator: Agent,
  o: { poolId: string; municipalityId: string; mediatorProfileId?: string; status?: string; referredOn?: string; assignedOn?: string; route?: string; partyEmail?: string },
) {
  const body = referralBody(o.municipalityId, {
    referredOn: o.referredOn ?? '2026-06-01',
    parties: [
      { role: 'employee', name: 'Medewerker A', municipalityId: o.municipalityId, department: 'Burgerzaken', informed: true, email: o.partyEmail ?? 'medewerker.a@example.test' },
      { role: 'manager', name: 'Leidinggevende B', municipalityId: o.municipalityId, department: 'Burgerzaken', informed: true },
    ],
  });
  const res = await coordinator.post('/api/v1/cases', body);
  if (res.statusCode !== 201) throw new Error(`referral failed: ${res.statusCode} ${res.body}`);
  const { id, number } = res.json() as { id: string; number: string };
  if (o.mediatorProfileId) {
    const assignedAt = new Date(`${o.assignedOn ?? o.referredOn ?? '2026-06-01'}T12:00:00Z`);
    await db.insertInto('case_mediator').values({ case_id: id, mediator_id: o.mediatorProfileId, pool_id: o.poolId, role: 'lead', assigned_at: assignedAt }).execute();
  }
  await db
    .updateTable('mediation_case')
    .set({ status: o.status ?? 'in_progress', route: o.route ?? 'formal_mediation' })
    .where('id', '=', id)
    .execute();
  const parties = await db.selectFrom('case_party').select(['id', 'name', 'email']).where('case_id', '=', id).orderBy('position').execute();
  return { id, number, parties };
}

/**
 * An external mediator engaged on a case, as matching records it once the parties consented
 * (status set straight in the database); declarations are booked against its id.
 */
export async function engageExternalMediator(
  db: Database,
  o: { poolId: string; caseId: string; createdBy: string; name?: string; organisation?: string; agreedRateCents?: number; status?: 'proposed' | 'assigned' | 'released' },
): Promise<string> {
  const row = await db
    .insertInto('external_mediator_assignment')
    .values({
      pool_id: o.poolId,
      case_id: o.caseId,
      name: o.name ?? 'mr. E. Extern',
      organisation: o.organisation ?? 'Extern Mediation BV',
      mfn_number: 'MfN-1234',
      agreed_rate_cents: o.agreedRateCents ?? 12500,
      chosen_by: 'parties',
      reason: 'De partijen wilden een onafhankelijke mediator.',
      status: o.status ?? 'assigned',
      created_by: o.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const hoursBody = (date: string, minutes: number, overrides: Record<string, unknown> = {}) => ({ date, minutes, activity: 'session', ...overrides });

/** Logs hours as `mediator` and approves them as `coordinator`; returns the entry id. */
export async function logAndApprove(mediator: Agent, coordinator: Agent, caseId: string, date: string, minutes: number) {
  const res = await mediator.post(`/api/v1/cases/${caseId}/hours`, hoursBody(date, minutes));
  if (res.statusCode !== 201) throw new Error(`log failed: ${res.statusCode} ${res.body}`);
  const id = res.json().id as string;
  const ok = await coordinator.post(`/api/v1/hours/${id}/approve`);
  if (ok.statusCode !== 200) throw new Error(`approve failed: ${ok.statusCode} ${ok.body}`);
  return id;
}

/**
 * The text of a PDF through Debian's pdftotext (poppler-utils), keeping the layout so a table row
 * stays on one line. Fails with a clear message where the tool is missing.
 */
export function pdfText(pdf: Buffer): string {
  try {
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('pdftotext is not installed: the PDF statements are checked with it. Install poppler-utils (apt-get install -y poppler-utils).', { cause: e });
    }
    throw e;
  }
}
