import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { MAX_GROUP_SIZE, MIN_GROUP_SIZE } from '../../../../domain/intervision/composition.js';
import type { GroupInput } from '../../../../contract/community.js';
import { canCommunity } from '../policy.js';
import { findCandidates, groupNameTaken, insertGroup, insertMembers } from '../repository.js';

/**
 * A coordinator forms an intervision group: 4–8 of the pool's mediators and process facilitators,
 * one of them the facilitator. A group leaning on one municipality is allowed (the composer warns,
 * see domain/intervision/composition.ts); a group outside 4–8 is not.
 */
export async function createGroup(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: GroupInput): Promise<string> {
  ensureCan(canCommunity, actor, 'manage-groups', { kind: 'pool', poolId: actor.poolId }, 'collection');
  const name = input.name.trim();
  if (!name) throw invalidField('name', 'required', 'Geef de groep een naam.');
  if (input.memberIds.length < MIN_GROUP_SIZE || input.memberIds.length > MAX_GROUP_SIZE)
    throw invalidField('memberIds', 'group-size', `Een intervisiegroep heeft ${MIN_GROUP_SIZE} tot en met ${MAX_GROUP_SIZE} deelnemers; u koos er ${input.memberIds.length}.`);
  const found = await findCandidates(trx, actor.poolId, input.memberIds);
  if (found.length !== input.memberIds.length) throw invalidField('memberIds', 'unknown-mediator', 'Kies alleen actieve mediators en procesbegeleiders van deze pool (met een account).');
  if (!input.memberIds.includes(input.facilitatorId)) throw invalidField('facilitatorId', 'not-a-member', 'De begeleider is een van de deelnemers van de groep.');
  if (await groupNameTaken(trx, actor.poolId, name)) throw invalidField('name', 'taken', 'Er is al een intervisiegroep met deze naam.');
  const { id } = await insertGroup(trx, { pool_id: actor.poolId, name, facilitator_id: input.facilitatorId, meetings_per_year: input.meetingsPerYear, created_by: actor.userId });
  await insertMembers(trx, id, input.memberIds);
  await writeAudit(trx, ctx, { action: 'intervision-group.create', objectType: 'intervision-group', objectId: id, detail: { name, members: input.memberIds.length, facilitatorId: input.facilitatorId, meetingsPerYear: input.meetingsPerYear } });
  return id;
}
