import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/server/db/database.js';
import { createPool, createUser } from './factories.js';
import { addMember, createMediator, type MediatorOptions } from './registry-factories.js';
import type { Agent } from './test-app.js';

/**
 * Matching test data: the demo pool of the source texts (Meppel covenant since 2013: Meppel,
 * Steenwijkerland, Westerveld, Staphorst and Zwartewaterland; 3 active mediators, 1 in
 * training, 2 dormant), built here with mediator_profile rows so the tests do not depend on
 * the demo seed. Cases are written straight to the database in `matching`.
 */

const uniq = () => randomBytes(3).toString('hex');

export const CODES = {
  meppel: 'GM0119',
  steenwijkerland: 'GM1708',
  westerveld: 'GM1701',
  staphorst: 'GM0180',
  zwartewaterland: 'GM1896',
} as const;

export async function createDemoMatchingPool(db: Database) {
  const pool = await createPool(db, { name: `Mediatorpool Meppel en omstreken ${uniq()}` });
  const m = {
    meppel: await addMember(db, pool.id, CODES.meppel),
    steenwijkerland: await addMember(db, pool.id, CODES.steenwijkerland),
    westerveld: await addMember(db, pool.id, CODES.westerveld),
    staphorst: await addMember(db, pool.id, CODES.staphorst),
    zwartewaterland: await addMember(db, pool.id, CODES.zwartewaterland),
  };
  const users = {
    coordinator: await createUser(db, pool.id, { roles: ['coordinator'], municipalityId: m.meppel.id, name: 'Hans Koster' }),
    secondCoordinator: await createUser(db, pool.id, { roles: ['coordinator'], municipalityId: m.staphorst.id, name: 'Petra Smit' }),
    contact: await createUser(db, pool.id, { roles: ['contact'], municipalityId: m.meppel.id, name: 'Fatima El Amrani' }),
    contactStaphorst: await createUser(db, pool.id, { roles: ['contact'], municipalityId: m.staphorst.id, name: 'Gert Mulder' }),
    admin: await createUser(db, pool.id, { roles: ['admin'], municipalityId: m.meppel.id, name: 'Anouk de Boer' }),
    finance: await createUser(db, pool.id, { roles: ['finance'], municipalityId: m.meppel.id, name: 'Wim Jansen' }),
  };
  const mediator = (o: MediatorOptions) => createMediator(db, pool.id, { specialisms: ['employment', 'citizen_government'], maxConcurrentCases: 2, ...o });
  const mediators = {
    /** Active, but works for Meppel: never for a Meppel case. */
    meppel: await mediator({ municipalityId: m.meppel.id, name: 'Anna Meppelink', department: 'HR' }),
    /** Active and experienced (upkeep entries count as concluded mediations). */
    steenwijkerland: await mediator({ municipalityId: m.steenwijkerland.id, name: 'Bram Steenbergen', department: 'Juridische Zaken', maxConcurrentCases: 3 }),
    westerveld: await mediator({ municipalityId: m.westerveld.id, name: 'Carla Westra', department: 'Sociaal Domein' }),
    inTraining: await mediator({ municipalityId: m.staphorst.id, name: 'Dirk Stap', status: 'in_training', department: 'Burgerzaken' }),
    dormantZwartewaterland: await mediator({ municipalityId: m.zwartewaterland.id, name: 'Eva Zwart', status: 'dormant' }),
    dormantStaphorst: await mediator({ municipalityId: m.staphorst.id, name: 'Frank Hoeve', status: 'dormant' }),
  };
  for (let i = 0; i < 4; i++) {
    await db
      .insertInto('upkeep_entry')
      .values({
        pool_id: pool.id,
        mediator_id: mediators.steenwijkerland.profile.id,
        type: 'mediation',
        occurred_on: `2024-0${i + 1}-15`,
        contact_minutes: 240,
        written_agreement: true,
        co_mediation: false,
      })
      .execute();
  }
  const otherPool = await createPool(db);
  const otherMunicipality = await addMember(db, otherPool.id, 'GM0193');
  const outsider = await createUser(db, otherPool.id, { roles: ['coordinator', 'mediator', 'contact', 'admin', 'finance'], municipalityId: otherMunicipality.id });
  return { pool, municipalities: m, users, mediators, outsider };
}

export type MatchingWorld = Awaited<ReturnType<typeof createDemoMatchingPool>>;

let caseNumber = 1;

export interface CaseOptions {
  municipalityId: string;
  referrerUserId: string;
  caseType?: 'employment' | 'citizen_government' | 'neighbours' | 'group' | 'other';
  status?: string;
  route?: string;
  preferredLanguage?: string;
  parties?: { role: string; name: string; municipalityId?: string | null; department?: string | null; email?: string | null; organisation?: string | null }[];
}

/** A case written straight to the database, by default an employment case in `matching` with two parties. */
export async function createMatchingCase(db: Database, poolId: string, o: CaseOptions) {
  const number = `MP-2026-${String(caseNumber++).padStart(4, '0')}`;
  const row = await db
    .insertInto('mediation_case')
    .values({
      pool_id: poolId,
      number,
      requesting_municipality_id: o.municipalityId,
      case_type: o.caseType ?? 'employment',
      title: `Arbeidsconflict ${number}`,
      description: 'VERTROUWELIJK: een medewerker en haar leidinggevende spreken al maanden niet met elkaar.',
      status: o.status ?? 'matching',
      route: o.route ?? 'formal_mediation',
      referral_source: 'hr',
      preferred_language: o.preferredLanguage ?? 'nl',
      referrer_user_id: o.referrerUserId,
      referred_on: '2026-01-05',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const parties = o.parties ?? [
    { role: 'employee', name: 'Sanne de Vries', municipalityId: o.municipalityId, department: 'Burgerzaken', email: 'sanne@example.org' },
    { role: 'manager', name: 'Karel Jansen', municipalityId: o.municipalityId, department: 'Burgerzaken', email: null, organisation: 'Gemeente' },
  ];
  const inserted = [];
  for (const [i, p] of parties.entries()) {
    inserted.push(
      await db
        .insertInto('case_party')
        .values({
          pool_id: poolId,
          case_id: row.id,
          position: i + 1,
          role: p.role,
          name: p.name,
          organisation: p.organisation ?? null,
          municipality_id: p.municipalityId ?? null,
          department: p.department ?? null,
          email: p.email ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
  }
  return { ...row, parties: inserted };
}

/** The consent token from the last consent mail to this address (the mail's link ends in it). */
export async function consentTokenFromMail(db: Database, to: string): Promise<string> {
  const mail = await db
    .selectFrom('mail_outbox')
    .select('body_text')
    .where('to_address', '=', to)
    .where('kind', '=', 'matching.consent-request')
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const match = /\/instemming\/([A-Za-z0-9_-]+)/.exec(mail.body_text);
  if (!match) throw new Error(`no consent link in mail to ${to}`);
  return match[1]!;
}

export const declaration = (disclosure: string | null = null) => ({
  noInterestInOutcome: true,
  noEarlierAdviceToAParty: true,
  relationshipsDisclosure: disclosure,
});

/** Signs in every user of the world, plus the other pool's all-roles user and an anonymous client. */
export async function matchingAgents(makeAgent: () => Agent, w: MatchingWorld) {
  const login = (u: { email: string; password: string }) => makeAgent().login(u.email, u.password);
  return {
    coordinator: await login(w.users.coordinator),
    secondCoordinator: await login(w.users.secondCoordinator),
    contact: await login(w.users.contact),
    contactStaphorst: await login(w.users.contactStaphorst),
    admin: await login(w.users.admin),
    finance: await login(w.users.finance),
    mediatorMeppel: await login(w.mediators.meppel.user),
    mediatorSteenwijkerland: await login(w.mediators.steenwijkerland.user),
    mediatorWesterveld: await login(w.mediators.westerveld.user),
    mediatorInTraining: await login(w.mediators.inTraining.user),
    outsider: await login(w.outsider),
    anonymous: makeAgent(),
  };
}

export type MatchingAgents = Awaited<ReturnType<typeof matchingAgents>>;

/** The case's timeline straight from the database, oldest first. */
export const timeline = (db: Database, caseId: string) =>
  db.selectFrom('case_event').select(['kind', 'from_status', 'to_status', 'actor_label', 'at', 'reason', 'detail']).where('case_id', '=', caseId).orderBy('at').orderBy('id').execute();
