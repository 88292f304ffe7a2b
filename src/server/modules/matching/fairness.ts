import { sql, type RawBuilder } from 'kysely';

/**
 * Fairness: hours supplied minus hours used per member municipality over the last 12 months.
 * A municipality "supplies" the minutes its mediators work on other municipalities' cases and
 * "uses" the minutes worked on its own cases (by anyone); work on a municipality's own case by
 * its own mediator cancels out.
 *
 * The hours ledger arrives with issue 6. Until then HOURS_LEDGER is an empty row set with the
 * columns the balance needs, so every balance is 0 and the fairness part scores 0.5 for all.
 * To plug the real hours in, replace only HOURS_LEDGER with a SELECT over the approved hour
 * entries returning exactly these columns (one row per entry):
 *
 *   pool_id uuid, supplier_municipality_id uuid  -- the mediator's municipality
 *   user_municipality_id uuid                     -- the case's requesting municipality
 *   minutes integer, worked_on date
 *
 * e.g. SELECT h.pool_id, h.mediator_municipality_id, c.requesting_municipality_id, h.minutes,
 * h.worked_on FROM hour_entry h JOIN mediation_case c ON c.id = h.case_id WHERE h.approved_at
 * IS NOT NULL. External mediators' hours are paid, not supplied by a member: leave them out.
 */
export const HOURS_LEDGER: RawBuilder<unknown> = sql`
  SELECT NULL::uuid AS pool_id, NULL::uuid AS supplier_municipality_id, NULL::uuid AS user_municipality_id,
         0::integer AS minutes, NULL::date AS worked_on
  WHERE false`;

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
