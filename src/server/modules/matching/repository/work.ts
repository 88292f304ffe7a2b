import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { cappedCount } from '../../../db/paging.js';

/**
 * The start page's proposal counts (workspace). The pool's proposals that wait: the cases in
 * `proposed` (index on pool, status) with their one open proposal (unique partial index per
 * case), longest waiting first; whether a proposed mediator has still to answer, else the parties.
 */
export async function waitingProposals(db: Kysely<DB>, poolId: string, limit: number) {
  const q = db
    .selectFrom('mediation_case as c')
    .innerJoin('case_proposal as p', (j) => j.onRef('p.case_id', '=', 'c.id').on('p.status', '=', 'open'))
    .where('c.pool_id', '=', poolId)
    .where('c.status', '=', sql.lit('proposed'));
  const counted = await cappedCount(db, q);
  const rows = await q
    .select(['p.id', 'c.id as case_id', 'c.number', 'c.title', 'p.proposed_at'])
    .select(
      sql<boolean>`EXISTS (SELECT 1 FROM proposal_mediator pm WHERE pm.proposal_id = p.id AND pm.answer IS NULL)`.as('mediator_to_answer'),
    )
    .orderBy('p.proposed_at')
    .orderBy('p.id')
    .limit(limit)
    .execute();
  return { rows, counted };
}

/** How many proposals wait for this mediator's answer, counted up to LIST_REACH (the tasks list's own rule). */
export const countWaitingTasks = (db: Kysely<DB>, poolId: string, userId: string) =>
  cappedCount(
    db,
    db
      .selectFrom('proposal_mediator as pm')
      .innerJoin('mediator_profile as mp', 'mp.id', 'pm.mediator_id')
      .innerJoin('case_proposal as p', 'p.id', 'pm.proposal_id')
      .innerJoin('mediation_case as c', 'c.id', 'p.case_id')
      .where('mp.user_id', '=', userId)
      .where('p.pool_id', '=', poolId)
      .where('pm.answer', 'is', null)
      .where('p.status', '=', 'open')
      .where('c.status', '=', sql.lit('proposed')),
  );
