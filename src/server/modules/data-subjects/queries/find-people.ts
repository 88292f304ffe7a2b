import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { DATA_SUBJECT_ACTIONS, type PersonSearchResult } from '../../../../contract/data-subjects.js';
import { canDataSubject } from '../policy.js';
import { SEARCH_LIMIT, searchParties, searchUsers } from '../repository.js';

const PERSON_ACTIONS = DATA_SUBJECT_ACTIONS.filter((a) => a !== 'search');

/** Parties, mediators and users of the pool whose name or address contains the text; the search is recorded (not the text). */
export async function findPeople(db: Kysely<DB>, ctx: AuditContext, actor: Actor, q: string): Promise<PersonSearchResult> {
  ensureCan(canDataSubject, actor, 'search', { poolId: actor.poolId }, 'collection');
  const text = q.trim();
  const parties = await searchParties(db, actor.poolId, text);
  const users = await searchUsers(db, actor.poolId, text);
  await writeAudit(db, ctx, { action: 'data-subject.search', objectType: 'pool', objectId: actor.poolId, purpose: 'rechten van betrokkenen', detail: { found: parties.length + users.length } });
  const items = [
    ...parties.slice(0, SEARCH_LIMIT).map((p) => ({ kind: 'party' as const, id: p.id, name: p.name, email: p.email, caseCount: Number(p.case_count) })),
    ...users.slice(0, SEARCH_LIMIT).map((u) => ({ kind: u.profile_id ? ('mediator' as const) : ('user' as const), id: u.id, name: u.name, email: u.email, caseCount: Number(u.case_count ?? 0) })),
  ];
  return {
    items: items.map((i) => ({ ...i, allowedActions: allowedActions(canDataSubject, actor, { poolId: actor.poolId, kind: i.kind }, PERSON_ACTIONS) })),
    truncated: parties.length > SEARCH_LIMIT || users.length > SEARCH_LIMIT,
  };
}
