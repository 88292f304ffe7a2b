import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { RETENTION_ACTIONS, type DestructionItem, type DestructionListSummary } from '../../../contract/retention.js';
import { canRetention } from './policy.js';

type ListRow = {
  id: string;
  pool_id: string;
  month: string;
  status: 'proposed' | 'destroyed';
  version: number;
  proposed_at: Date;
  proposed_label: string;
  approved_at: Date | null;
  approved_label: string | null;
  item_count: number;
  excluded_count: number;
};

export const presentListSummary = (actor: Actor, l: ListRow): DestructionListSummary => ({
  id: l.id,
  month: l.month,
  status: l.status,
  version: l.version,
  proposedAt: l.proposed_at.toISOString(),
  proposedBy: l.proposed_label,
  approvedAt: l.approved_at?.toISOString() ?? null,
  approvedBy: l.approved_label,
  itemCount: Number(l.item_count),
  excludedCount: Number(l.excluded_count),
  allowedActions: allowedActions(canRetention, actor, { poolId: l.pool_id, status: l.status }, RETENTION_ACTIONS.filter((a) => a === 'review' || a === 'approve')),
});

type ItemRow = { id: string; kind: string; object_id: string; label: string; term_started_on: string; destroyable_from: string; excluded: boolean; exclude_reason: string | null; destroyed_at: Date | null };

export const presentItem = (i: ItemRow): DestructionItem => ({
  id: i.id,
  kind: i.kind as DestructionItem['kind'],
  objectId: i.object_id,
  label: i.label,
  termStartedOn: String(i.term_started_on).slice(0, 10),
  destroyableFrom: String(i.destroyable_from).slice(0, 10),
  excluded: i.excluded,
  excludeReason: i.exclude_reason,
  destroyedAt: i.destroyed_at?.toISOString() ?? null,
});
