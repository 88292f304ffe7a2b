import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { canMunicipality } from '../policy.js';
import { conflict, invalidField, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { endOpenMembership, findMembership } from '../repository.js';

/** Ends a municipality's membership on a date; a guarded update, so it ends only once. */
export async function endMembership(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, municipalityId: string, memberUntil: string): Promise<void> {
  ensureCan(canMunicipality, actor, 'end-membership', { poolId: actor.poolId, municipalityId });
  const poolId = actor.poolId;
  const member = await findMembership(trx, poolId, municipalityId);
  if (!member) throw notFound();
  if (memberUntil < member.member_since) {
    throw invalidField('memberUntil', 'before-start', `Het einde ligt vóór het begin van het lidmaatschap (${member.member_since}).`);
  }
  if (!(await endOpenMembership(trx, poolId, municipalityId, memberUntil))) throw conflict(`Het lidmaatschap is al beëindigd per ${member.member_until}.`, 'already-ended');
  await writeAudit(trx, ctx, { action: 'municipality.end-membership', objectType: 'municipality', objectId: municipalityId, detail: { memberUntil } });
}
