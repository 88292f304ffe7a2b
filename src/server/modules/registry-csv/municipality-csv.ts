import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { InvalidParam } from '../../http/problem.js';
import { normaliseCbsCode } from '../../../domain/registry/cbs-code.js';
import { findReferenceMunicipality } from '../../reference-data/municipalities.js';
import { memberInputProblems, type MemberInput } from '../municipalities/index.js';
import { knownMunicipalityCodes, membersByCode, municipalitiesOfOtherPools } from './repository.js';
import { dateCell, numberCell, textCell, writeNullable } from './csv-cells.js';
import type { CsvRecord } from './read-upload.js';

export const MUNICIPALITY_COLUMNS = ['code', 'name', 'province', 'latitude', 'longitude', 'memberSince', 'memberUntil'] as const;

/** The pool's members as CSV rows, by CBS code. */
export async function municipalityExportRows(db: Kysely<DB>, poolId: string): Promise<string[][]> {
  const rows = await membersByCode(db, poolId);
  return rows.map((m) => [m.code, m.name, writeNullable(m.province), writeNullable(m.lat), writeNullable(m.lon), m.member_since, writeNullable(m.member_until)]);
}

export interface MunicipalityPlanRow {
  row: number;
  action: 'create' | 'update' | 'unchanged';
  /** Set for updates: the municipality's id. */
  id?: string;
  input: MemberInput;
}

/**
 * Validates every row and works out what importing it would do, without writing anything.
 * Empty cells: name, province and location come from the CBS list for a new member and stay as
 * they are for an existing one; an empty memberSince is today (new) or unchanged; an empty
 * memberUntil means the membership has no end.
 */
export async function planMunicipalityImport(db: Kysely<DB>, poolId: string, records: CsvRecord[], today: string) {
  const problems: InvalidParam[] = [];
  const members = new Map((await membersByCode(db, poolId)).map((m) => [m.code, m]));
  const known = await knownMunicipalityCodes(db);
  const shared = await municipalitiesOfOtherPools(db, poolId);
  const seen = new Map<string, number>();
  const plan: MunicipalityPlanRow[] = [];

  for (const { row, values } of records) {
    const prefix = `row ${row}/`;
    const rowProblems: InvalidParam[] = [];
    const cell = <T>(name: string, c: { ok: true; value: T | null } | { ok: false; reason: string }): T | null => {
      if (c.ok) return c.value;
      rowProblems.push({ name: prefix + name, code: 'format', reason: c.reason });
      return null;
    };
    const code = normaliseCbsCode(values.code ?? '');
    const latitude = cell('latitude', numberCell(values.latitude ?? ''));
    const longitude = cell('longitude', numberCell(values.longitude ?? ''));
    const memberSince = cell('memberSince', dateCell(values.memberSince ?? ''));
    const memberUntil = cell('memberUntil', dateCell(values.memberUntil ?? ''));
    if (code === '') rowProblems.push({ name: `${prefix}code`, code: 'required', reason: 'De CBS-code is verplicht.' });
    const existing = members.get(code);
    const input: MemberInput = {
      code,
      name: textCell(values.name ?? '') ?? undefined,
      province: textCell(values.province ?? '') ?? undefined,
      latitude: latitude ?? undefined,
      longitude: longitude ?? undefined,
      memberSince: memberSince ?? undefined,
      memberUntil,
    };
    if (code !== '' && rowProblems.length === 0) {
      const check = {
        ...input,
        latitude: input.latitude ?? existing?.lat ?? findReferenceMunicipality(code)?.lat ?? null,
        longitude: input.longitude ?? existing?.lon ?? findReferenceMunicipality(code)?.lon ?? null,
        memberSince: input.memberSince ?? existing?.member_since ?? today,
      };
      rowProblems.push(...memberInputProblems(check, (c) => known.has(c), prefix));
    }
    const earlier = seen.get(code);
    if (code !== '' && earlier !== undefined) rowProblems.push({ name: `${prefix}code`, code: 'duplicate', reason: `${code} staat ook al in rij ${earlier}.` });
    else if (code !== '') seen.set(code, row);

    if (existing && rowProblems.length === 0) {
      const detailsChange =
        (input.name !== undefined && input.name !== existing.name) ||
        (input.province !== undefined && input.province !== existing.province) ||
        (input.latitude !== undefined && input.latitude !== existing.lat) ||
        (input.longitude !== undefined && input.longitude !== existing.lon);
      if (detailsChange && shared.has(existing.id)) {
        rowProblems.push({ name: `${prefix}name`, code: 'shared-municipality', reason: 'Naam, provincie en locatie van deze gemeente worden ook door een andere pool gebruikt; laat ze gelijk.' });
      }
      const datesChange = (input.memberSince !== undefined && input.memberSince !== existing.member_since) || input.memberUntil !== existing.member_until;
      plan.push({ row, action: detailsChange || datesChange ? 'update' : 'unchanged', id: existing.id, input });
    } else {
      plan.push({ row, action: 'create', input });
    }
    problems.push(...rowProblems);
  }
  return { plan, problems };
}
