import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { conflict } from '../../http/problem.js';
import { sharedWithOtherPool, updateMunicipalityDetails } from './repository.js';

export interface MunicipalityDetails {
  name?: string | undefined;
  province?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
}

/**
 * Name, province and location belong to the municipality itself, which several pools of one
 * installation can share. A pool may correct them only while no other pool has that municipality
 * as a member; otherwise one pool's edit would change another pool's registry.
 */
export async function applyMunicipalityDetails(
  trx: Kysely<DB>,
  poolId: string,
  current: { id: string; name: string; province: string | null; lat: number | null; lon: number | null },
  details: MunicipalityDetails,
): Promise<Record<string, [unknown, unknown]>> {
  const next = {
    name: details.name?.trim() ?? current.name,
    province: details.province === undefined ? current.province : details.province?.trim() || null,
    lat: details.latitude === undefined ? current.lat : details.latitude,
    lon: details.longitude === undefined ? current.lon : details.longitude,
  };
  const changes: Record<string, [unknown, unknown]> = {};
  for (const k of ['name', 'province', 'lat', 'lon'] as const) if (next[k] !== current[k]) changes[k] = [current[k], next[k]];
  if (Object.keys(changes).length === 0) return changes;
  if (await sharedWithOtherPool(trx, poolId, current.id)) {
    throw conflict('Naam, provincie en locatie van deze gemeente worden ook door een andere pool gebruikt en kunnen hier niet worden gewijzigd.', 'shared-municipality');
  }
  await updateMunicipalityDetails(trx, current.id, next);
  return changes;
}
