import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { hashPassword } from '../../auth/passwords.js';
import { writeAudit, systemContext } from '../../audit/write-audit.js';
import { findReferenceMunicipality } from '../../reference-data/municipalities.js';
import { DEMO_PASSWORD } from '../../bootstrap/demo-accounts.js';
import { addDays, addYears } from '../../../domain/calendar/iso-date.js';
import type { MediatorKind, MediatorStatus, Specialism } from '../../../domain/registry/mediator-values.js';
import { todayInAmsterdam } from '../case-status/index.js';
import {
  ensureHourlyRate,
  ensureMember,
  findAccount,
  insertAccount,
  insertProfile,
  insertRelationship,
  insertStatusChange,
  insertUnavailability,
  insertUpkeepEntry,
  poolHasMediators,
  setDemoSettings,
  setRoles,
  setUpkeepCycleStart,
} from './repository.js';

/** The demo account that is one of the active mediators (created by the demo seed). */
export const DEMO_MEDIATOR_EMAIL = 'mediator@mediatorpool.example';

interface DemoMediator {
  email: string;
  name: string;
  code: string;
  status: MediatorStatus;
  kind: MediatorKind;
  department: string;
  specialisms: Specialism[];
  languages: string[];
  register: string | null;
  /** Years from today (negative: in the past) for dates, so the demo never goes stale. */
  expiresInDays: number | null;
  history: { status: MediatorStatus; yearsAgo: number; note: string }[];
  lastActivityDaysAgo: number | null;
  /** Default: 2 for an active mediator, 1 otherwise. */
  maxConcurrentCases?: number;
}

/**
 * The Meppel pool from the source texts: 3 active mediators, 1 in training, 2 dormant. The three
 * active ones all mediate employment conflicts, each from another municipality and with room for
 * more cases, so that a new employment case of any member municipality has a candidate (nobody
 * mediates for their own employer): a new user runs the whole loop without touching the registry.
 */
const MEDIATORS: DemoMediator[] = [
  {
    email: DEMO_MEDIATOR_EMAIL,
    name: 'Ingrid Bakker',
    code: 'GM1708',
    status: 'active',
    kind: 'mediator',
    department: 'HR Advies',
    specialisms: ['employment', 'citizen_government'],
    languages: ['nl', 'en'],
    register: 'MfN-2014-0312',
    expiresInDays: 400,
    history: [
      { status: 'in_training', yearsAgo: 12, note: 'Opleiding mediation gestart' },
      { status: 'active', yearsAgo: 11, note: 'MfN-registratie behaald' },
    ],
    lastActivityDaysAgo: 20,
    // The demo year leaves her three running cases; room for the demo of a disclosed relationship.
    maxConcurrentCases: 5,
  },
  {
    email: 'jeroen.smit@mediatorpool.example',
    name: 'Jeroen Smit',
    code: 'GM0119',
    status: 'active',
    kind: 'mediator',
    department: 'Juridische Zaken',
    specialisms: ['employment', 'citizen_government', 'neighbours'],
    languages: ['nl', 'de'],
    register: 'MfN-2016-1187',
    expiresInDays: 60,
    history: [{ status: 'active', yearsAgo: 9, note: 'Opgenomen in de pool' }],
    lastActivityDaysAgo: 45,
    maxConcurrentCases: 4,
  },
  {
    email: 'sanne.visser@mediatorpool.example',
    name: 'Sanne Visser',
    code: 'GM1701',
    status: 'active',
    kind: 'mediator',
    department: 'Sociaal Domein',
    specialisms: ['employment', 'neighbours', 'group'],
    languages: ['nl', 'ar'],
    register: 'MfN-2019-2240',
    expiresInDays: 800,
    history: [{ status: 'active', yearsAgo: 6, note: 'Opgenomen in de pool' }],
    lastActivityDaysAgo: 75,
    maxConcurrentCases: 4,
  },
  {
    email: 'lotte.hoekstra@mediatorpool.example',
    name: 'Lotte Hoekstra',
    code: 'GM0180',
    status: 'in_training',
    kind: 'mediator',
    department: 'Personeelszaken',
    specialisms: ['employment'],
    languages: ['nl'],
    register: null,
    expiresInDays: null,
    history: [{ status: 'in_training', yearsAgo: 1, note: 'Volgt de mediationopleiding; eerst als co-mediator' }],
    lastActivityDaysAgo: 120,
  },
  {
    email: 'karel.mulder@mediatorpool.example',
    name: 'Karel Mulder',
    code: 'GM1896',
    status: 'dormant',
    kind: 'mediator',
    department: 'Bezwaar en Beroep',
    specialisms: ['citizen_government'],
    languages: ['nl'],
    register: 'MfN-2013-0098',
    expiresInDays: 200,
    history: [
      { status: 'active', yearsAgo: 12, note: 'Vanaf het begin van het convenant' },
      { status: 'dormant', yearsAgo: 1, note: 'Al een jaar geen zaken aangenomen' },
    ],
    lastActivityDaysAgo: 430,
  },
  {
    email: 'henk.dewit@mediatorpool.example',
    name: 'Henk de Wit',
    code: 'GM0119',
    status: 'dormant',
    kind: 'mediator',
    department: 'Openbare Ruimte',
    specialisms: ['neighbours'],
    languages: ['nl'],
    register: null,
    expiresInDays: null,
    history: [
      { status: 'active', yearsAgo: 10, note: 'Opgenomen in de pool' },
      { status: 'dormant', yearsAgo: 2, note: 'Andere functie; reageert niet meer op verzoeken' },
    ],
    lastActivityDaysAgo: 800,
  },
];

/**
 * Adds the registry of the demo pool: settings (hourly settlement at € 62,50 in 2025 and 2026,
 * the default norms, the covenant of 2013), the six mediators with their history, and for Ingrid
 * Bakker (the demo mediator account) a holiday, two declared relationships (her own department, and
 * Ruud Kampen, a party in the demo cases of a disclosed relationship) and MfN upkeep entries.
 * The other mediators get accounts with the demo password. Does nothing if the pool already has
 * mediator profiles, so it can run again safely.
 */
export async function seedDemoRegistry(db: Kysely<DB>, poolId: string): Promise<void> {
  if (!db.isTransaction) {
    await db.transaction().execute((trx) => seedDemoRegistry(trx, poolId));
    return;
  }
  if (await poolHasMediators(db, poolId)) return;
  const today = todayInAmsterdam();
  const yearsAgo = (n: number) => addYears(today, -n);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await setDemoSettings(db, poolId, {
    settlement_mode: 'hourly',
    settlement_period: 'quarter',
    norm_first_contact_days: 5,
    norm_assignment_days: 10,
    norm_conclusion_days: 60,
    allow_different_department: false,
    retention_months: 24,
    aftercare_weeks: 6,
    covenant_signed_on: '2013-03-01',
    covenant_description: 'Convenant mediatorpool Meppel, Steenwijkerland, Westerveld, Staphorst en Zwartewaterland: inzet van elkaars mediators, kosten achteraf verrekend tegen een gemiddeld uurtarief.',
    contact_email: 'coordinatie@mediatorpool.example',
    contact_phone: '0522 123 456',
  });
  for (const year of [2025, 2026]) {
    await ensureHourlyRate(db, poolId, year, 6250);
  }

  const municipalityIds = new Map<string, string>();
  for (const code of new Set(MEDIATORS.map((m) => m.code))) {
    const ref = findReferenceMunicipality(code)!;
    municipalityIds.set(code, await ensureMember(db, poolId, { code, name: ref.name, province: ref.province, lat: ref.lat, lon: ref.lon }, '2013-03-01'));
  }

  const profileIds = new Map<string, string>();
  for (const d of MEDIATORS) {
    const municipalityId = municipalityIds.get(d.code)!;
    let user = await findAccount(db, poolId, d.email);
    if (!user) {
      user = await insertAccount(db, { pool_id: poolId, municipality_id: municipalityId, email: d.email, name: d.name, roles: ['mediator'], password_hash: passwordHash });
    } else if (!user.roles.includes('mediator')) {
      await setRoles(db, user.id, [...user.roles, 'mediator']);
    }
    const since = yearsAgo(d.history.at(-1)!.yearsAgo);
    const profile = await insertProfile(db, {
      pool_id: poolId,
      user_id: user.id,
      department: d.department,
      kind: d.kind,
      status: d.status,
      status_since: since,
      specialisms: d.specialisms,
      languages: d.languages,
      mfn_register_number: d.register,
      registration_expires_on: d.expiresInDays === null ? null : addDays(today, d.expiresInDays),
      max_concurrent_cases: d.maxConcurrentCases ?? (d.status === 'active' ? 2 : 1),
      hours_per_month: d.status === 'active' ? 12 : 4,
      last_activity_at: d.lastActivityDaysAgo === null ? null : new Date(`${addDays(today, -d.lastActivityDaysAgo)}T10:00:00Z`),
    });
    for (const h of d.history) {
      await insertStatusChange(db, { pool_id: poolId, mediator_id: profile.id, status: h.status, from_date: yearsAgo(h.yearsAgo), note: h.note });
    }
    profileIds.set(d.email, profile.id);
  }

  const ingrid = profileIds.get(DEMO_MEDIATOR_EMAIL)!;
  await insertUnavailability(db, { pool_id: poolId, mediator_id: ingrid, starts_on: addDays(today, 45), ends_on: addDays(today, 65), kind: 'holiday', note: 'Vakantie' });
  await insertRelationship(db, {
    pool_id: poolId,
    mediator_id: ingrid,
    kind: 'department',
    municipality_id: municipalityIds.get('GM1708')!,
    department: 'HR Advies',
    reason: 'Eigen afdeling',
    since: yearsAgo(12),
  });
  // A party in two demo cases of Meppel (matching/seed-demo-disclosure.ts): the scenario of a
  // relationship disclosed to the parties and accepted or refused by them (MfN conduct rule 2.3).
  await insertRelationship(db, {
    pool_id: poolId,
    mediator_id: ingrid,
    kind: 'person',
    person_name: 'Ruud Kampen',
    reason: 'Oud-collega: werkten van 2012 tot 2016 samen bij de gemeente Steenwijkerland',
    since: yearsAgo(14),
  });
  const cycleStart = yearsAgo(2);
  await setUpkeepCycleStart(db, ingrid, cycleStart);
  const mediations: [number, number, boolean, boolean][] = [
    // days after the cycle start, contact minutes, written agreement, co-mediation
    [40, 360, true, false],
    [150, 300, false, false],
    [290, 240, true, true],
    [420, 420, true, false],
    [560, 300, false, false],
    [690, 270, false, false],
  ];
  for (const [day, minutes, agreement, co] of mediations) {
    await insertUpkeepEntry(db, { pool_id: poolId, mediator_id: ingrid, type: 'mediation', occurred_on: addDays(cycleStart, day), contact_minutes: minutes, written_agreement: agreement, co_mediation: co });
  }
  for (const [day, points, kind, description] of [
    [100, 12, 'training', 'Masterclass gespreksvaardigheden'],
    [330, 8, 'intervision', 'Intervisiegroep Noord-Drenthe'],
    [600, 10, 'training', 'Mediation bij burger–overheidconflicten'],
  ] as const) {
    await insertUpkeepEntry(db, { pool_id: poolId, mediator_id: ingrid, type: 'education', occurred_on: addDays(cycleStart, day), points, education_kind: kind, description });
  }
  await insertUpkeepEntry(db, { pool_id: poolId, mediator_id: ingrid, type: 'peer_review', occurred_on: yearsAgo(1), description: 'Peer review MfN' });

  await writeAudit(db, systemContext(poolId), { action: 'demo.seed-registry', objectType: 'pool', objectId: poolId, detail: { mediators: MEDIATORS.length } });
}
