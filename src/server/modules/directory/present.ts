import type { DirectoryPool, Initiative, InitiativeKind } from '../../../contract/directory.js';
import type { CaseType } from '../../../domain/cases/case-vocabulary.js';
import { CASE_TYPES } from '../../../domain/cases/case-vocabulary.js';
import { findReferenceMunicipality } from '../../reference-data/municipalities.js';
import type { DirectoryPoolRow, InitiativeRow } from './repository.js';

const coordinate = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));

/** A pool as the public sees it: name, colour, municipalities with their coordinates, kinds of conflict. Nothing of people or cases. */
export function presentDirectoryPool(row: DirectoryPoolRow): DirectoryPool {
  return {
    id: row.id,
    name: row.name,
    colour: row.colour,
    municipalities: row.municipalities.map((m) => ({ code: m.code, name: m.name, province: m.province, lat: coordinate(m.lat), lon: coordinate(m.lon) })),
    conflictKinds: CASE_TYPES.filter((k: CaseType) => row.conflict_kinds.includes(k)),
  };
}

/** An initiative with its municipalities named from the CBS list. */
export function presentInitiative(row: InitiativeRow): Initiative {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as InitiativeKind,
    municipalities: row.municipality_codes.flatMap((code) => {
      const ref = findReferenceMunicipality(code);
      return ref ? [{ code, name: ref.name, province: ref.province, lat: ref.lat, lon: ref.lon }] : [];
    }),
    region: row.region,
    url: row.url,
    description: row.description,
    updatedAt: row.updated_at.toISOString(),
  };
}
