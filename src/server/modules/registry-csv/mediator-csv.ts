import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { InvalidParam } from '../../http/problem.js';
import { MEDIATOR_KINDS, MEDIATOR_STATUSES, isOneOf, type MediatorKind, type MediatorStatus, type Specialism } from '../../../domain/registry/mediator-values.js';
import { profileProblems, type ProfileFields } from '../mediators/index.js';
import { accountsByEmail, currentMemberIds, mediatorsByEmail } from './repository.js';
import { dateCell, integerCell, listCell, textCell, writeList, writeNullable } from './csv-cells.js';
import type { CsvRecord } from './read-upload.js';

export const MEDIATOR_COLUMNS = [
  'email',
  'name',
  'municipalityCode',
  'department',
  'kind',
  'status',
  'specialisms',
  'languages',
  'mfnRegisterNumber',
  'registrationExpiresOn',
  'upkeepCycleStart',
  'maxConcurrentCases',
  'hoursPerMonth',
] as const;

export async function mediatorExportRows(db: Kysely<DB>, poolId: string): Promise<string[][]> {
  const rows = await mediatorsByEmail(db, poolId);
  return rows.map((m) => [
    m.email,
    m.name,
    writeNullable(m.municipality_code),
    writeNullable(m.department),
    m.kind,
    m.status,
    writeList(m.specialisms),
    writeList(m.languages),
    writeNullable(m.mfn_register_number),
    writeNullable(m.registration_expires_on),
    writeNullable(m.upkeep_cycle_start),
    String(m.max_concurrent_cases),
    String(m.hours_per_month),
  ]);
}

export interface MediatorPlanRow {
  row: number;
  action: 'invite' | 'create-for-user' | 'update' | 'unchanged';
  mediatorId?: string;
  userId?: string;
  email: string;
  name: string | null;
  municipalityId: string;
  /** Only the profile fields that change (all of them for a new profile). */
  fields: ProfileFields;
  status: MediatorStatus;
  statusChanges: boolean;
  municipalityChanges: boolean;
  nameChanges: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Validates every row and works out what importing it would do. Rows are matched on e-mail: an
 * existing mediator is updated; an account of the pool without a profile gets one; anyone else is
 * invited. Empty cells are "no value" (department, register number, dates, specialisms, languages);
 * an empty kind, status or capacity keeps the current value (or the default for a new mediator).
 * The name only counts for new invitations; an account's name is the person's own.
 */
export async function planMediatorImport(db: Kysely<DB>, poolId: string, records: CsvRecord[], today: string) {
  const problems: InvalidParam[] = [];
  const warnings: InvalidParam[] = [];
  const profiles = await mediatorsByEmail(db, poolId);
  const byEmail = new Map(profiles.map((p) => [p.email.toLowerCase(), p]));
  const byNumber = new Map(profiles.filter((p) => p.mfn_register_number).map((p) => [p.mfn_register_number!, p.id]));
  const users = await accountsByEmail(db);
  const members = await currentMemberIds(db, poolId, today);
  const seenEmail = new Map<string, number>();
  const seenNumber = new Map<string, number>();
  const plan: MediatorPlanRow[] = [];

  for (const { row, values: v } of records) {
    const prefix = `row ${row}/`;
    const rowProblems: InvalidParam[] = [];
    const add = (name: string, code: string, reason: string) => rowProblems.push({ name: prefix + name, code, reason });
    const cell = <T>(name: string, c: { ok: true; value: T | null } | { ok: false; reason: string }): T | null => {
      if (c.ok) return c.value;
      add(name, 'format', c.reason);
      return null;
    };

    const email = (v.email ?? '').trim();
    const key = email.toLowerCase();
    if (!email) add('email', 'required', 'Het e-mailadres is verplicht.');
    else if (!EMAIL.test(email)) add('email', 'format', 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.');
    else if (seenEmail.has(key)) add('email', 'duplicate', `Dit e-mailadres staat ook al in rij ${seenEmail.get(key)}.`);
    else seenEmail.set(key, row);

    const current = byEmail.get(key);
    const user = users.get(key);
    if (!current && user && user.pool_id !== poolId) add('email', 'taken', 'Dit e-mailadres is al in gebruik.');
    const name = textCell(v.name ?? '');
    if (!current && !user && !name) add('name', 'required', 'De naam is verplicht voor iemand die wordt uitgenodigd.');

    const code = (v.municipalityCode ?? '').trim().toUpperCase();
    const municipalityId = members.get(code);
    if (!code) add('municipalityCode', 'required', 'De CBS-code van de thuisgemeente is verplicht.');
    else if (!municipalityId) add('municipalityCode', 'unknown', `${code} is geen gemeente die nu lid is van de pool.`);

    const kindText = (v.kind ?? '').trim();
    const statusText = (v.status ?? '').trim();
    if (kindText && !isOneOf(MEDIATOR_KINDS, kindText)) add('kind', 'enum', 'Kies mediator of process_facilitator.');
    if (statusText && !isOneOf(MEDIATOR_STATUSES, statusText)) add('status', 'enum', 'Kies active, in_training, dormant, inactive of left.');
    const kind = (isOneOf(MEDIATOR_KINDS, kindText) ? kindText : (current?.kind ?? 'mediator')) as MediatorKind;
    const status = (isOneOf(MEDIATOR_STATUSES, statusText) ? statusText : (current?.status ?? 'in_training')) as MediatorStatus;
    const maxCases = cell('maxConcurrentCases', integerCell(v.maxConcurrentCases ?? ''));
    const hours = cell('hoursPerMonth', integerCell(v.hoursPerMonth ?? ''));
    const next: ProfileFields = {
      department: textCell(v.department ?? ''),
      kind,
      specialisms: listCell(v.specialisms ?? '') as Specialism[],
      languages: listCell(v.languages ?? ''),
      mfnRegisterNumber: textCell(v.mfnRegisterNumber ?? ''),
      registrationExpiresOn: cell('registrationExpiresOn', dateCell(v.registrationExpiresOn ?? '')),
      upkeepCycleStart: cell('upkeepCycleStart', dateCell(v.upkeepCycleStart ?? '')),
      maxConcurrentCases: maxCases ?? current?.max_concurrent_cases ?? 2,
      hoursPerMonth: hours ?? current?.hours_per_month ?? 8,
    };
    const was: ProfileFields | undefined = current && {
      department: current.department,
      kind: current.kind,
      specialisms: current.specialisms as Specialism[],
      languages: current.languages,
      mfnRegisterNumber: current.mfn_register_number,
      registrationExpiresOn: current.registration_expires_on,
      upkeepCycleStart: current.upkeep_cycle_start,
      maxConcurrentCases: current.max_concurrent_cases,
      hoursPerMonth: current.hours_per_month,
    };
    // A registration that lapsed by itself does not block re-importing an unchanged row.
    const expiryMatters = !was || status !== current!.status || next.registrationExpiresOn !== was.registrationExpiresOn;
    rowProblems.push(...profileProblems({ ...next, status, registrationExpiresOn: expiryMatters ? next.registrationExpiresOn : null }, today, prefix));

    const number = next.mfnRegisterNumber;
    if (number) {
      const owner = byNumber.get(number);
      if (seenNumber.has(number)) add('mfnRegisterNumber', 'duplicate', `Dit registernummer staat ook al in rij ${seenNumber.get(number)}.`);
      else if (owner && owner !== current?.id) add('mfnRegisterNumber', 'duplicate', 'Dit MfN-registernummer hoort al bij een andere mediator in de pool.');
      seenNumber.set(number, row);
    }

    if (rowProblems.length) {
      problems.push(...rowProblems);
      continue;
    }
    if (current) {
      const fields = Object.fromEntries(Object.entries(next).filter(([k, val]) => !same(val, was![k as keyof ProfileFields]))) as ProfileFields;
      const municipalityChanges = current.municipality_id !== municipalityId;
      const nameChanges = name !== null && name !== current.name && current.user_id === null;
      if (name !== null && name !== current.name && current.user_id !== null) {
        warnings.push({ name: `${prefix}name`, code: 'ignored', reason: 'De naam van een bestaand account is niet gewijzigd: die past de persoon zelf aan.' });
      }
      const statusChanges = status !== current.status;
      const changes = Object.keys(fields).length > 0 || municipalityChanges || nameChanges || statusChanges;
      plan.push({ row, action: changes ? 'update' : 'unchanged', mediatorId: current.id, email, name, municipalityId: municipalityId!, fields, status, statusChanges, municipalityChanges, nameChanges });
    } else {
      plan.push({
        row,
        action: user ? 'create-for-user' : 'invite',
        ...(user ? { userId: user.id } : {}),
        email,
        name,
        municipalityId: municipalityId!,
        fields: next,
        status,
        statusChanges: false,
        municipalityChanges: false,
        nameChanges: false,
      });
    }
  }
  return { plan, problems, warnings };
}
