import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { canMunicipality } from '../policy.js';
import { badRequest, conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { normaliseCbsCode } from '../../../../domain/registry/cbs-code.js';
import { findReferenceMunicipality } from '../../../reference-data/municipalities.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { memberInputProblems, type MemberInput } from '../member-rules.js';
import { applyMunicipalityDetails } from '../municipality-details.js';
import { findMembership, findMunicipalityByCode, insertMembership, insertMunicipality } from '../repository.js';

/**
 * Makes a municipality a member of the pool by its CBS code. Name, province and location come from
 * the CBS reference list unless given; a municipality already known to the installation is reused.
 */
export async function addMemberMunicipality(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: MemberInput) {
  ensureCan(canMunicipality, actor, 'create', { poolId: actor.poolId }, 'collection');
  const poolId = actor.poolId;
  const code = normaliseCbsCode(input.code);
  const existing = await findMunicipalityByCode(trx, code);
  const problems = memberInputProblems({ ...input, memberSince: input.memberSince ?? todayInAmsterdam() }, () => existing !== undefined);
  if (problems.length) throw badRequest('Een of meer velden zijn niet goed ingevuld.', problems);

  let municipality = existing;
  if (municipality) {
    const member = await findMembership(trx, poolId, municipality.id);
    if (member) {
      throw conflict(
        `${code} ${municipality.name} is al lid van de pool (sinds ${member.member_since}${member.member_until ? `, tot ${member.member_until}` : ''}). Pas de lidmaatschapsdatums aan.`,
        'duplicate',
      );
    }
    await applyMunicipalityDetails(trx, poolId, municipality, input);
  } else {
    const ref = findReferenceMunicipality(code);
    municipality = await insertMunicipality(trx, {
      code,
      name: input.name?.trim() || ref!.name,
      province: input.province === undefined ? (ref?.province ?? null) : input.province,
      lat: input.latitude === undefined ? (ref?.lat ?? null) : input.latitude,
      lon: input.longitude === undefined ? (ref?.lon ?? null) : input.longitude,
    });
  }

  const inserted = await insertMembership(trx, { pool_id: poolId, municipality_id: municipality.id, member_since: input.memberSince ?? todayInAmsterdam(), member_until: input.memberUntil ?? null });
  if (!inserted) throw conflict(`${code} ${municipality.name} is al lid van de pool.`, 'duplicate');
  await writeAudit(trx, ctx, {
    action: 'municipality.add-member',
    objectType: 'municipality',
    objectId: municipality.id,
    detail: { code, name: municipality.name, memberSince: input.memberSince ?? todayInAmsterdam(), memberUntil: input.memberUntil ?? null },
  });
  return municipality.id;
}
