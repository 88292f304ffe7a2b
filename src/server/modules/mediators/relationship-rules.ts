import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { InvalidParam } from '../../http/problem.js';
import { badRequest } from '../../http/problem.js';
import { isPoolMunicipality } from './repository/profiles.js';
import { todayInAmsterdam } from '../case-status/index.js';

export interface RelationshipInput {
  kind: 'municipality' | 'department' | 'person';
  municipalityId?: string | null | undefined;
  department?: string | null | undefined;
  personName?: string | null | undefined;
  reason: string;
  since: string;
}

/**
 * A declared relationship points at a municipality of the pool, a department of one, or a named
 * person (optionally of a municipality); matching excludes the mediator where it applies.
 */
export async function checkRelationship(trx: Kysely<DB>, poolId: string, r: RelationshipInput): Promise<void> {
  const problems: InvalidParam[] = [];
  const needsMunicipality = r.kind === 'municipality' || r.kind === 'department';
  if (needsMunicipality && !r.municipalityId) problems.push({ name: 'municipalityId', code: 'required', reason: 'Kies de gemeente.' });
  if (r.kind === 'department' && !r.department?.trim()) problems.push({ name: 'department', code: 'required', reason: 'Vul de afdeling in.' });
  if (r.kind !== 'department' && r.department) problems.push({ name: 'department', code: 'not-allowed', reason: 'Een afdeling hoort alleen bij een relatie met een afdeling.' });
  if (r.kind === 'person' && !r.personName?.trim()) problems.push({ name: 'personName', code: 'required', reason: 'Vul de naam van de persoon in.' });
  if (r.kind !== 'person' && r.personName) problems.push({ name: 'personName', code: 'not-allowed', reason: 'Een naam hoort alleen bij een relatie met een persoon.' });
  if (!r.reason.trim()) problems.push({ name: 'reason', code: 'required', reason: 'Beschrijf de relatie.' });
  if (r.since > todayInAmsterdam()) problems.push({ name: 'since', code: 'future', reason: 'De datum kan niet in de toekomst liggen.' });
  if (r.municipalityId) {
    if (!(await isPoolMunicipality(trx, poolId, r.municipalityId))) problems.push({ name: 'municipalityId', code: 'unknown', reason: 'Kies een gemeente van de pool.' });
  }
  if (problems.length) throw badRequest('Een of meer velden zijn niet goed ingevuld.', problems);
}

export const relationshipColumns = (r: RelationshipInput) => ({
  kind: r.kind,
  municipality_id: r.municipalityId ?? null,
  department: r.kind === 'department' ? r.department!.trim() : null,
  person_name: r.kind === 'person' ? r.personName!.trim() : null,
  reason: r.reason.trim(),
  since: r.since,
});
