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
 * With issue 6's hour_entry (migration 0005) that is:
 *
 *   SELECT h.pool_id, h.supplier_municipality_id, h.user_municipality_id, h.minutes,
 *          h.work_date AS worked_on
 *   FROM hour_entry h WHERE h.status = 'approved'
 *
 * (corrections are entries of their own, possibly negative, so they net out by themselves).
 * External mediators' hours are paid, not supplied by a member: they are not in hour_entry.
 * The hours table must then also move matching_facts_version, or the cached mediator facts
 * keep an old balance for up to a minute (mediator-facts-cache.ts):
 *
 *   CREATE CONSTRAINT TRIGGER hour_entry_matching_facts AFTER INSERT OR UPDATE OR DELETE
 *     ON hour_entry DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
 *     EXECUTE FUNCTION matching_facts_changed()
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
