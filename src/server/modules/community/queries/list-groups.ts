import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { hasRole } from '../../../auth/actor.js';
import { allowedActions, ensureCan, ensureCanRead } from '../../../auth/policy.js';
import type { AuditContext } from '../../../audit/write-audit.js';
import { checkComposition } from '../../../../domain/intervision/composition.js';
import { COMMUNITY_ACTIONS, type CandidateList, type Composition, type GroupList } from '../../../../contract/community.js';
import { pollStates } from '../../polls/index.js';
import { canCommunity } from '../policy.js';
import { findCandidates, findGroups, findMeetings, findMembers, findProfileOfUser } from '../repository.js';

/** The pool's intervision groups for a coordinator; a mediator's own groups (member or facilitator). */
export async function listGroups(db: Kysely<DB>, actor: Actor): Promise<GroupList> {
  const pool = { kind: 'pool' as const, poolId: actor.poolId };
  ensureCan(canCommunity, actor, 'read', pool, 'collection');
  const scope = hasRole(actor, 'coordinator') ? 'all' : ((await findProfileOfUser(db, actor.poolId, actor.userId))?.id ?? null);
  const groups = await findGroups(db, actor.poolId, scope);
  const ids = groups.map((g) => g.id);
  const [members, meetings] = await Promise.all([findMembers(db, ids), findMeetings(db, ids)]);
  const states = await pollStates(db, meetings.map((m) => m.poll_id));
  const now = Date.now();
  return {
    items: groups.map((g) => {
      const next = meetings
        .filter((m) => m.group_id === g.id)
        .map((m) => states.get(m.poll_id)?.startsAt ?? null)
        .filter((d): d is Date => d !== null && d.getTime() > now)
        .sort((a, b) => a.getTime() - b.getTime())[0];
      return { id: g.id, name: g.name, facilitatorName: g.facilitator_name ?? '', size: members.filter((m) => m.group_id === g.id).length, meetingsPerYear: g.meetings_per_year, nextMeetingAt: next?.toISOString() ?? null };
    }),
    allowedActions: allowedActions(canCommunity, actor, pool, COMMUNITY_ACTIONS),
  };
}

/** Who a coordinator can put in a group: the pool's active mediators and process facilitators with an account. */
export async function listCandidates(db: Kysely<DB>, ctx: AuditContext, actor: Actor): Promise<CandidateList> {
  ensureCan(canCommunity, actor, 'manage-groups', { kind: 'pool', poolId: actor.poolId }, 'collection');
  await ensureCanRead(db, ctx, canCommunity, actor, 'manage-groups', { kind: 'pool', poolId: actor.poolId }, { objectType: 'intervision-group', objectId: actor.poolId, purpose: 'intervisie' });
  const rows = await findCandidates(db, actor.poolId);
  return { items: rows.map((r) => ({ mediatorId: r.id, name: r.name, kind: r.kind, municipality: r.municipality })) };
}

/** The composer's check of a proposed group: size and whether it leans on one municipality. */
export async function checkGroupComposition(db: Kysely<DB>, actor: Actor, memberIds: readonly string[]): Promise<Composition> {
  ensureCan(canCommunity, actor, 'manage-groups', { kind: 'pool', poolId: actor.poolId }, 'collection');
  const rows = await findCandidates(db, actor.poolId, memberIds);
  const r = checkComposition(rows.map((m) => ({ id: m.id, municipality: m.municipality })));
  return { size: r.size, municipalities: r.municipalities, warnings: r.warnings.map((w) => ({ ...w })) };
}
