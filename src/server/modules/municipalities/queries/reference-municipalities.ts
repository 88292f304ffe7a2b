import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import type { ReferenceMunicipalityList } from '../../../../contract/municipalities.js';
import { MUNICIPALITY_LIST_DATE, referenceMunicipalities } from '../../../reference-data/municipalities.js';
import { canMunicipality } from '../policy.js';
import { memberCodes } from '../repository.js';

/** "Súdwest-Fryslân" is found by "sudwest". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The CBS list of Dutch municipalities to pick from, each marked when it is already a member. */
export async function searchReferenceMunicipalities(db: Kysely<DB>, actor: Actor, q: string | undefined, limit: number): Promise<ReferenceMunicipalityList> {
  ensureCan(canMunicipality, actor, 'list', { poolId: actor.poolId }, 'collection');
  const needle = q ? fold(q.trim()) : '';
  const members = await memberCodes(db, actor.poolId);
  const matches = referenceMunicipalities()
    .filter((m) => !needle || fold(m.name).includes(needle) || fold(m.code).includes(needle) || fold(m.province).includes(needle))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return {
    listDate: MUNICIPALITY_LIST_DATE,
    total: matches.length,
    items: matches.slice(0, limit).map((m) => ({ code: m.code, name: m.name, province: m.province, latitude: m.lat, longitude: m.lon, member: members.has(m.code) })),
  };
}
