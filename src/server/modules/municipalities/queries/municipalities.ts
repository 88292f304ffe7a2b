import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { notFound } from '../../../http/problem.js';
import { MUNICIPALITY_COLLECTION_ACTIONS, type Municipality, type MunicipalityPage, type MunicipalityQuery } from '../../../../contract/municipalities.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { canMunicipality } from '../policy.js';
import { contactPersons, findMember, searchMembers } from '../repository.js';
import { presentMunicipality, type MemberRow } from '../present-municipality.js';

async function present(db: Kysely<DB>, actor: Actor, rows: MemberRow[]): Promise<Municipality[]> {
  const contacts = await contactPersons(db, actor.poolId, rows.map((r) => r.id));
  const today = todayInAmsterdam();
  return rows.map((r) => presentMunicipality(r, actor, today, contacts));
}

/** The pool's member municipalities with their contact persons, for everyone in the pool. */
export async function listMunicipalities(db: Kysely<DB>, actor: Actor, query: MunicipalityQuery): Promise<MunicipalityPage> {
  const pool = { poolId: actor.poolId };
  ensureCan(canMunicipality, actor, 'list', pool, 'collection');
  const { page = 1, pageSize = 25, q, membership = 'all' } = query;
  const { rows, total } = await searchMembers(db, actor.poolId, { q, membership, today: todayInAmsterdam(), page, pageSize });
  return { items: await present(db, actor, rows), page, pageSize, total, allowedActions: allowedActions(canMunicipality, actor, pool, MUNICIPALITY_COLLECTION_ACTIONS) };
}

/** One member municipality; 404 when it is not (or was not) a member of the actor's pool. */
export async function getMunicipality(db: Kysely<DB>, actor: Actor, municipalityId: string): Promise<Municipality> {
  ensureCan(canMunicipality, actor, 'read', { poolId: actor.poolId, municipalityId });
  const row = await findMember(db, actor.poolId, municipalityId);
  if (!row) throw notFound();
  return (await present(db, actor, [row]))[0]!;
}
