import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { canMunicipality } from '../policy.js';
import { badRequest, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { memberInputProblems } from '../member-rules.js';
import { applyMunicipalityDetails, type MunicipalityDetails } from '../municipality-details.js';
import { lockMember, setMembershipDates } from '../repository.js';

export interface UpdateMemberInput extends MunicipalityDetails {
  memberSince?: string | undefined;
  memberUntil?: string | null | undefined;
}

/** Corrects a member's details or membership dates. */
export async function updateMemberMunicipality(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, municipalityId: string, input: UpdateMemberInput) {
  ensureCan(canMunicipality, actor, 'update', { poolId: actor.poolId, municipalityId });
  const poolId = actor.poolId;
  const current = await lockMember(trx, poolId, municipalityId);
  if (!current) throw notFound();

  const memberSince = input.memberSince ?? current.member_since;
  const memberUntil = input.memberUntil === undefined ? current.member_until : input.memberUntil;
  const problems = memberInputProblems(
    {
      code: current.code,
      latitude: input.latitude === undefined ? current.lat : input.latitude,
      longitude: input.longitude === undefined ? current.lon : input.longitude,
      memberSince,
      memberUntil,
    },
    () => true,
  );
  if (problems.length) throw badRequest('Een of meer velden zijn niet goed ingevuld.', problems);

  const changes = await applyMunicipalityDetails(trx, poolId, current, input);
  if (memberSince !== current.member_since || memberUntil !== current.member_until) {
    await setMembershipDates(trx, poolId, municipalityId, { member_since: memberSince, member_until: memberUntil });
    if (memberSince !== current.member_since) changes.memberSince = [current.member_since, memberSince];
    if (memberUntil !== current.member_until) changes.memberUntil = [current.member_until, memberUntil];
  }
  if (Object.keys(changes).length) {
    await writeAudit(trx, ctx, { action: 'municipality.update', objectType: 'municipality', objectId: municipalityId, detail: { code: current.code, changes } });
  }
  return changes;
}
