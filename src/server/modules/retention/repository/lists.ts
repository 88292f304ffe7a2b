import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Candidate } from './candidates.js';

/** All of the destruction lists' SQL: the list, its items, the guarded approval. */

export const findOpenList = (db: Kysely<DB>, poolId: string) =>
  db.selectFrom('destruction_list').select(['id']).where('pool_id', '=', poolId).where('status', '=', 'proposed').executeTakeFirst();

export async function insertList(
  trx: Kysely<DB>,
  values: { poolId: string; month: string; proposedBy: string | null; proposedLabel: string; terms: Record<string, number> },
  items: (Candidate & { destroyableFrom: string })[],
): Promise<string | null> {
  // The one-proposal index decides between a job and a coordinator proposing at the same moment.
  const list = await trx
    .insertInto('destruction_list')
    .values({ pool_id: values.poolId, month: values.month, proposed_by: values.proposedBy, proposed_label: values.proposedLabel, terms: JSON.stringify(values.terms) })
    .onConflict((oc) => oc.column('pool_id').where('status', '=', 'proposed').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!list) return null;
  for (let i = 0; i < items.length; i += 500) {
    await trx
      .insertInto('destruction_list_item')
      .values(
        items.slice(i, i + 500).map((x) => ({
          list_id: list.id,
          pool_id: values.poolId,
          kind: x.kind,
          object_id: x.objectId,
          label: x.label,
          term_started_on: x.termStartedOn,
          destroyable_from: x.destroyableFrom,
        })),
      )
      .execute();
  }
  return list.id;
}

const listColumns = ['l.id', 'l.pool_id', 'l.month', 'l.status', 'l.version', 'l.proposed_at', 'l.proposed_label', 'l.approved_at', 'l.approved_label', 'l.terms'] as const;

const counts = sql<number>`(SELECT count(*)::int FROM destruction_list_item i WHERE i.list_id = l.id AND NOT i.excluded)`.as('item_count');
const excludedCounts = sql<number>`(SELECT count(*)::int FROM destruction_list_item i WHERE i.list_id = l.id AND i.excluded)`.as('excluded_count');

/** The pool's lists, newest first (at most 120: ten years of monthly lists). */
export const listLists = (db: Kysely<DB>, poolId: string) =>
  db.selectFrom('destruction_list as l').select([...listColumns, counts, excludedCounts]).where('l.pool_id', '=', poolId).orderBy('l.proposed_at', 'desc').orderBy('l.id', 'desc').limit(120).execute();

export const findList = (db: Kysely<DB>, poolId: string, listId: string) =>
  db.selectFrom('destruction_list as l').select([...listColumns, counts, excludedCounts]).where('l.pool_id', '=', poolId).where('l.id', '=', listId).executeTakeFirst();

/** Locks the list for a review or an approval, so two reviewers act one after the other. */
export const lockList = (trx: Kysely<DB>, poolId: string, listId: string) =>
  trx.selectFrom('destruction_list').select(['id', 'pool_id', 'status', 'version']).where('pool_id', '=', poolId).where('id', '=', listId).forUpdate().executeTakeFirst();

export const listItems = (db: Kysely<DB>, listId: string) =>
  db.selectFrom('destruction_list_item').selectAll().where('list_id', '=', listId).orderBy('kind').orderBy('label').execute();

export const findItem = (db: Kysely<DB>, listId: string, itemId: string) =>
  db.selectFrom('destruction_list_item').selectAll().where('list_id', '=', listId).where('id', '=', itemId).executeTakeFirst();

/** Takes an item off the proposal or puts it back, and moves the list's version. False when the list is no longer that version. */
export async function reviewItem(trx: Kysely<DB>, listId: string, itemId: string, version: number, excluded: boolean, reason: string | null): Promise<boolean> {
  const moved = await trx
    .updateTable('destruction_list')
    .set({ version: sql`version + 1` })
    .where('id', '=', listId)
    .where('status', '=', 'proposed')
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) return false;
  await trx.updateTable('destruction_list_item').set({ excluded, exclude_reason: excluded ? reason : null }).where('id', '=', itemId).where('list_id', '=', listId).execute();
  return true;
}

/** The guarded approval: a proposal of exactly this version becomes the destroyed list. False otherwise. */
export async function approveList(trx: Kysely<DB>, listId: string, version: number, by: { userId: string; label: string }): Promise<boolean> {
  const moved = await trx
    .updateTable('destruction_list')
    .set({ status: 'destroyed', approved_by: by.userId, approved_label: by.label, approved_at: new Date() })
    .where('id', '=', listId)
    .where('status', '=', 'proposed')
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(moved.numUpdatedRows) === 1;
}

export async function markItemDestroyed(trx: Kysely<DB>, itemId: string): Promise<void> {
  await trx.updateTable('destruction_list_item').set({ destroyed_at: new Date() }).where('id', '=', itemId).execute();
}
