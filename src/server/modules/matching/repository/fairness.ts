import { sql, type RawBuilder } from 'kysely';

/**
 * Fairness: hours supplied minus hours used per member municipality over the last 12 months.
 * A municipality "supplies" the minutes its mediators work on other municipalities' cases and
 * "uses" the minutes worked on its own cases (by anyone); work on a municipality's own case by
 * its own mediator cancels out.
 *
 * The ledger is the approved hour entries (issue 6, migration 0005). Corrections are entries of
 * their own, possibly negative, so they net out by themselves. External mediators' hours are
 * paid, not supplied by a member: they are not in hour_entry. A trigger on hour_entry (migration
 * 0007) moves matching_facts_version, so cached mediator facts see a new balance at once.
 */
export const HOURS_LEDGER: RawBuilder<unknown> = sql`
  SELECT h.pool_id, h.supplier_municipality_id, h.user_municipality_id, h.minutes, h.work_date AS worked_on
  FROM hour_entry h
  WHERE h.status = 'approved'`;

/** Months of hours that count for the balance. */
export const FAIRNESS_MONTHS = 12;

/** (municipality_id, minutes) for every municipality with hours in the window; others are 0. */
export const municipalityBalances = (poolId: string, from: string, to: string): RawBuilder<unknown> => sql`
  SELECT x.municipality_id, sum(x.delta)::integer AS minutes
  FROM (
    SELECT h.supplier_municipality_id AS municipality_id, h.minutes AS delta
      FROM (${HOURS_LEDGER}) h
      WHERE h.pool_id = ${poolId} AND h.worked_on BETWEEN ${from}::date AND ${to}::date
    UNION ALL
    SELECT h.user_municipality_id, -h.minutes
      FROM (${HOURS_LEDGER}) h
      WHERE h.pool_id = ${poolId} AND h.worked_on BETWEEN ${from}::date AND ${to}::date
  ) x
  GROUP BY x.municipality_id`;
