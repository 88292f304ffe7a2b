import { sql, type RawBuilder } from 'kysely';
import { approvedMinutes } from '../../../db/approved-minutes.js';

/**
 * Fairness: hours supplied minus hours used per member municipality over the last 12 months.
 * A municipality "supplies" the minutes its mediators work on other municipalities' cases and
 * "uses" the minutes worked on its own cases (by anyone); work on a municipality's own case by
 * its own mediator cancels out.
 *
 * The ledger is the approved hour entries (issue 6, migration 0005), read through their monthly
 * totals (db/approved-minutes.ts, migration 0017). Corrections are entries of their own, possibly
 * negative, so they net out by themselves. External mediators' hours are paid, not supplied by a
 * member: they are not in hour_entry. A trigger on hour_entry (migrations 0007, 0017) moves
 * matching_facts_version with a 'balance' change, so cached mediator facts see a new balance at once.
 */

/** Months of hours that count for the balance. */
export const FAIRNESS_MONTHS = 12;

/**
 * (municipality_id, minutes) for every municipality with hours in the window; others are 0.
 * Only the municipalities in `municipalityIds` (a subquery) when given.
 */
export const municipalityBalances = (poolId: string, from: string, to: string, municipalityIds?: RawBuilder<unknown>): RawBuilder<unknown> => sql`
  SELECT b.subject_id AS municipality_id, sum(CASE WHEN b.dimension = 'supplier' THEN b.minutes ELSE -b.minutes END)::integer AS minutes
  FROM (${approvedMinutes(poolId, from, to, ['supplier', 'user'], municipalityIds)}) b
  GROUP BY b.subject_id`;
