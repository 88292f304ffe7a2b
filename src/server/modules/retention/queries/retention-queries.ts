import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { notFound } from '../../../http/problem.js';
import { RETENTION_ACTIONS, type DestructionListDetail, type DestructionListPage, type RetentionTerms } from '../../../../contract/retention.js';
import { RETENTION_DEFAULTS, RETENTION_KINDS, isRetentionKind } from '../../../../domain/retention/retention-terms.js';
import { DESTRUCTION_KEEPS, DESTRUCTION_REMOVES } from '../../../../domain/retention/destruction.js';
import { canRetention } from '../policy.js';
import { loadRetentionTerms } from '../repository/terms.js';
import { findList, listItems, listLists } from '../repository/lists.js';
import { presentItem, presentListSummary } from '../present.js';

const POOL_ACTIONS = RETENTION_ACTIONS.filter((a) => a === 'update-terms' || a === 'propose');

/** The pool's terms per kind, each with its default, the default's source, and what destruction removes and keeps. */
export async function getRetentionTerms(db: Kysely<DB>, actor: Actor): Promise<RetentionTerms> {
  ensureCan(canRetention, actor, 'read-terms', { poolId: actor.poolId }, 'collection');
  const { months, own } = await loadRetentionTerms(db, actor.poolId);
  return {
    items: RETENTION_KINDS.map((kind) => ({
      kind,
      months: months[kind],
      defaultMonths: RETENTION_DEFAULTS[kind].months,
      defaultSource: RETENTION_DEFAULTS[kind].source,
      isDefault: !own.has(kind),
      removes: [...DESTRUCTION_REMOVES[kind]],
      keeps: [...DESTRUCTION_KEEPS[kind]],
    })),
    allowedActions: allowedActions(canRetention, actor, { poolId: actor.poolId }, POOL_ACTIONS),
  };
}

/** The pool's destruction lists, newest first: proposals to review and the records of destruction. */
export async function listDestructionLists(db: Kysely<DB>, actor: Actor): Promise<DestructionListPage> {
  ensureCan(canRetention, actor, 'list', { poolId: actor.poolId }, 'collection');
  const rows = await listLists(db, actor.poolId);
  return { items: rows.map((r) => presentListSummary(actor, r)), allowedActions: allowedActions(canRetention, actor, { poolId: actor.poolId }, POOL_ACTIONS) };
}

/** One list with its items (case numbers and types, never names) and, per kind on it, what goes and what stays. */
export async function getDestructionList(db: Kysely<DB>, actor: Actor, listId: string): Promise<DestructionListDetail> {
  const list = await findList(db, actor.poolId, listId);
  if (!list) throw notFound();
  ensureCan(canRetention, actor, 'read', { poolId: list.pool_id });
  const items = await listItems(db, list.id);
  const kinds = RETENTION_KINDS.filter((k) => items.some((i) => i.kind === k));
  return {
    ...presentListSummary(actor, list),
    terms: Object.fromEntries(Object.entries(list.terms).filter(([k]) => isRetentionKind(k))),
    items: items.map(presentItem),
    effects: kinds.map((kind) => ({ kind, removes: [...DESTRUCTION_REMOVES[kind]], keeps: [...DESTRUCTION_KEEPS[kind]] })),
  };
}
