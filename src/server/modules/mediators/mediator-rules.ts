import type { InvalidParam } from '../../http/problem.js';
import { isIsoDate } from '../../../domain/calendar/iso-date.js';
import {
  LANGUAGE_CODE_PATTERN,
  MEDIATOR_KINDS,
  MEDIATOR_STATUSES,
  SPECIALISMS,
  isOneOf,
  registrationExpired,
  type MediatorKind,
  type MediatorStatus,
  type Specialism,
} from '../../../domain/registry/mediator-values.js';

/** The profile fields an administrator or coordinator keeps (also the columns of the CSV). */
export interface ProfileFields {
  department?: string | null | undefined;
  kind?: MediatorKind | undefined;
  specialisms?: Specialism[] | undefined;
  languages?: string[] | undefined;
  mfnRegisterNumber?: string | null | undefined;
  registrationExpiresOn?: string | null | undefined;
  upkeepCycleStart?: string | null | undefined;
  maxConcurrentCases?: number | undefined;
  hoursPerMonth?: number | undefined;
}

export const CAPACITY_LIMITS = { maxConcurrentCases: 50, hoursPerMonth: 200 } as const;

/**
 * Field problems of a profile as it will be after the change (`next`), named with `prefix`.
 * The route schemas check types for the API; the CSV import relies on this for everything.
 */
export function profileProblems(next: ProfileFields & { status: MediatorStatus }, today: string, prefix = ''): InvalidParam[] {
  const out: InvalidParam[] = [];
  const p = (name: string, code: string, reason: string) => out.push({ name: prefix + name, code, reason });
  if (!isOneOf(MEDIATOR_STATUSES, next.status)) p('status', 'enum', 'Kies active, in_training, dormant, inactive of left.');
  if (next.kind !== undefined && !isOneOf(MEDIATOR_KINDS, next.kind)) p('kind', 'enum', 'Kies mediator of process_facilitator.');
  const bad = (next.specialisms ?? []).filter((s) => !isOneOf(SPECIALISMS, s));
  if (bad.length) p('specialisms', 'enum', `Onbekend specialisme: ${bad.join(', ')}. Kies uit employment, citizen_government, neighbours, group, other.`);
  const languages = next.languages ?? [];
  const badLanguages = languages.filter((l) => !LANGUAGE_CODE_PATTERN.test(l));
  if (badLanguages.length) p('languages', 'format', `Gebruik ISO-taalcodes van 2 of 3 kleine letters (nl, en, ar): niet "${badLanguages.join('", "')}".`);
  else if (new Set(languages).size !== languages.length) p('languages', 'uniqueItems', 'Elke taal mag maar één keer voorkomen.');
  for (const field of ['registrationExpiresOn', 'upkeepCycleStart'] as const) {
    const v = next[field];
    if (typeof v === 'string' && !isIsoDate(v)) p(field, 'format', 'Vul een datum in als JJJJ-MM-DD.');
  }
  if (typeof next.upkeepCycleStart === 'string' && isIsoDate(next.upkeepCycleStart) && next.upkeepCycleStart > today) {
    p('upkeepCycleStart', 'future', 'Het begin van de onderhoudscyclus kan niet in de toekomst liggen.');
  }
  if (typeof next.registrationExpiresOn === 'string' && isIsoDate(next.registrationExpiresOn) && registrationExpired(next.status, next.registrationExpiresOn, today)) {
    p('registrationExpiresOn', 'expired', 'De MfN-registratie van een actieve mediator mag niet verlopen zijn. Vul de nieuwe vervaldatum in, of wijzig eerst de status.');
  }
  for (const field of ['maxConcurrentCases', 'hoursPerMonth'] as const) {
    const v = next[field];
    if (v !== undefined && (!Number.isInteger(v) || v < 0 || v > CAPACITY_LIMITS[field])) p(field, 'range', `Vul een geheel getal van 0 tot en met ${CAPACITY_LIMITS[field]} in.`);
  }
  if (typeof next.department === 'string' && next.department.length > 200) p('department', 'maxLength', 'Gebruik hoogstens 200 tekens.');
  if (typeof next.mfnRegisterNumber === 'string' && next.mfnRegisterNumber.length > 50) p('mfnRegisterNumber', 'maxLength', 'Gebruik hoogstens 50 tekens.');
  return out;
}

/** Profile fields as database columns; undefined fields are left out (unchanged). */
export function profileColumns(f: ProfileFields) {
  return {
    ...(f.department !== undefined ? { department: f.department?.trim() || null } : {}),
    ...(f.kind !== undefined ? { kind: f.kind } : {}),
    ...(f.specialisms !== undefined ? { specialisms: [...new Set(f.specialisms)] } : {}),
    ...(f.languages !== undefined ? { languages: f.languages.map((l) => l.toLowerCase()) } : {}),
    ...(f.mfnRegisterNumber !== undefined ? { mfn_register_number: f.mfnRegisterNumber?.trim() || null } : {}),
    ...(f.registrationExpiresOn !== undefined ? { registration_expires_on: f.registrationExpiresOn } : {}),
    ...(f.upkeepCycleStart !== undefined ? { upkeep_cycle_start: f.upkeepCycleStart } : {}),
    ...(f.maxConcurrentCases !== undefined ? { max_concurrent_cases: f.maxConcurrentCases } : {}),
    ...(f.hoursPerMonth !== undefined ? { hours_per_month: f.hoursPerMonth } : {}),
  };
}

export const REGISTER_NUMBER_TAKEN = 'Dit MfN-registernummer hoort al bij een andere mediator in de pool.';
