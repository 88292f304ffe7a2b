import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The lending module's SQL on ending agreements, their hours this year and the pools to propose one to. */

/** The guarded end (or withdrawal of a proposal): false when it had ended in the meantime. */
export async function markEnded(db: Kysely<DB>, agreementId: string): Promise<boolean> {
  const done = await db.updateTable('lending_agreement').set({ ended_at: new Date() }).where('id', '=', agreementId).where('ended_at', 'is', null).executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/**
 * Approved minutes worked in [from, to] on loans under each agreement, by the pool that lent and
 * the pool that borrowed them: hours of the loan's case by the mediator's profile in the borrowing
 * pool. Only sums: nothing of the other pool's cases.
 */
export async function agreementMinutes(db: Kysely<DB>, agreementIds: readonly string[], from: string, to: string) {
  if (agreementIds.length === 0) return [];
  const { rows } = await sql<{ agreement_id: string; lender_pool_id: string; pool_id: string; minutes: number }>`
    SELECT l.agreement_id, l.lender_pool_id, l.pool_id, sum(e.minutes)::int AS minutes
    FROM mediator_loan l
    JOIN hour_entry e ON e.pool_id = l.pool_id AND e.case_id = l.case_id AND e.mediator_id = l.borrower_profile_id
    WHERE l.agreement_id = ANY(${`{${agreementIds.join(',')}}`}::uuid[]) AND l.borrower_profile_id IS NOT NULL
      AND e.status = 'approved' AND e.work_date BETWEEN ${from}::date AND ${to}::date
    GROUP BY l.agreement_id, l.lender_pool_id, l.pool_id`.execute(db);
  return rows;
}

/** The installation's other pools by name, and whether one has an agreement with `poolId` that has not ended. */
export const otherPools = (db: Kysely<DB>, poolId: string) =>
  db
    .selectFrom('pool as p')
    .select([
      'p.id',
      'p.name',
      sql<boolean>`EXISTS (SELECT 1 FROM lending_agreement a WHERE a.ended_at IS NULL
        AND ((a.proposer_pool_id = p.id AND a.partner_pool_id = ${poolId}) OR (a.partner_pool_id = p.id AND a.proposer_pool_id = ${poolId})))`.as('agreement'),
    ])
    .where('p.id', '!=', poolId)
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
