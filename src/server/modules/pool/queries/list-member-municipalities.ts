import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import type { MemberMunicipalityList } from '../../../../contract/pool.js';
import { canPool } from '../policy.js';
import { listMemberMunicipalities } from '../repository.js';

/** The pool's member municipalities in short, for everyone signed in. */
export async function getMemberMunicipalities(db: Kysely<DB>, actor: Actor): Promise<MemberMunicipalityList> {
  ensureCan(canPool, actor, 'read-members', { poolId: actor.poolId }, 'collection');
  const rows = await listMemberMunicipalities(db, actor.poolId);
  return { items: rows.map((r) => ({ id: r.id, code: r.code, name: r.name, memberSince: r.member_since, memberUntil: r.member_until })) };
}
