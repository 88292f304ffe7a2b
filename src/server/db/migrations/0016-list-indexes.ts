import { sql, type Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Lists that stay flat at national scale (issue 13, item 2; docs/adr/0013-lists-that-stay-flat.md):
 * an index for each order the case list offers, with the case number as its tie-breaker (unique
 * per pool, so the order is total and a page is stable; in number order, `number_order` of
 * migration 0015, so MP-2026-10000 follows MP-2026-9999), read forwards for one direction and
 * backwards for the other; indexes for the filters people use and for who sees which case; a
 * partial index for the hours approval queue, oldest first. Only indexes are added (IF NOT EXISTS),
 * nothing is rewritten, so the migration is safe on existing data.
 *
 * The "next due" sort orders by an expression: the earliest due date among the clocks still
 * running. The index holds that same expression, so the case list must write it exactly so
 * (cases/repository/case-list.ts, `NEXT_DUE_EXPRESSION`; a test checks the plan on PostgreSQL).
 *
 * Search by title or number is a "contains" match (ILIKE '%…%'): only a trigram index serves it.
 * pg_trgm is created where the server offers it and allows it (PGlite loads it, a PostgreSQL
 * server with the contrib package has it, and it is a trusted extension since PostgreSQL 13);
 * without it the search still works, only it reads the pool's cases.
 */
const NEXT_DUE = `(CASE WHEN status IN ('registered', 'triage', 'matching', 'proposed', 'assigned', 'in_progress', 'concluded', 'aftercare') THEN LEAST(
  CASE WHEN first_contact_on IS NULL THEN first_contact_due_on END,
  CASE WHEN assigned_on IS NULL THEN assignment_due_on END,
  CASE WHEN concluded_on IS NULL THEN conclusion_due_on END,
  CASE WHEN concluded_on IS NULL THEN statutory_due_on END) END)`;

const indexes = [
  // The case list's orders: referred date (the default), status, next due; the number order has
  // the (pool_id, number_order) index of 0015 already.
  'CREATE INDEX IF NOT EXISTS mediation_case_list_referred_idx ON mediation_case (pool_id, referred_on, number_order)',
  'CREATE INDEX IF NOT EXISTS mediation_case_list_status_idx ON mediation_case (pool_id, status, number_order)',
  `CREATE INDEX IF NOT EXISTS mediation_case_list_next_due_idx ON mediation_case (pool_id, ${NEXT_DUE}, number_order)`,
  // Descending with the cases without a running clock last (both directions put them last).
  `CREATE INDEX IF NOT EXISTS mediation_case_list_next_due_desc_idx ON mediation_case (pool_id, ${NEXT_DUE} DESC NULLS LAST, number_order DESC)`,
  // Filters: municipality (and what a contact sees of their municipality), type.
  'CREATE INDEX IF NOT EXISTS mediation_case_list_municipality_idx ON mediation_case (pool_id, requesting_municipality_id, referred_on, number_order)',
  'CREATE INDEX IF NOT EXISTS mediation_case_list_type_idx ON mediation_case (pool_id, case_type, referred_on, number_order)',
  // Who sees which case: the contact who referred it, the case's current mediators.
  'CREATE INDEX IF NOT EXISTS mediation_case_referrer_idx ON mediation_case (referrer_user_id)',
  'CREATE INDEX IF NOT EXISTS case_mediator_current_idx ON case_mediator (mediator_id, case_id) WHERE released_at IS NULL',
  // The hours approval queue: the pool's submitted entries, oldest first, the id as tie-breaker.
  "CREATE INDEX IF NOT EXISTS hour_entry_approval_queue_idx ON hour_entry (pool_id, created_at, id) WHERE status = 'submitted'",
  // Other lists that grow with use, in their order (newest first, read backwards): invitations,
  // the outbox with and without its status filter. The audit log has (pool_id, at DESC, id DESC).
  'CREATE INDEX IF NOT EXISTS mail_outbox_pool_list_idx ON mail_outbox (pool_id, created_at, id)',
  'CREATE INDEX IF NOT EXISTS mail_outbox_pool_status_idx ON mail_outbox (pool_id, status, created_at, id)',
  'CREATE INDEX IF NOT EXISTS invitation_pool_list_idx ON invitation (pool_id, created_at, id)',
];

const trigramIndexes = [
  'CREATE INDEX IF NOT EXISTS mediation_case_title_trgm_idx ON mediation_case USING gin (title gin_trgm_ops)',
  'CREATE INDEX IF NOT EXISTS mediation_case_number_trgm_idx ON mediation_case USING gin (number gin_trgm_ops)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, indexes);
  if (await trigramAvailable(db)) await runStatements(db, trigramIndexes);
}

/** Whether pg_trgm is (or can be made) present; a refusal (no privilege) leaves the transaction usable. */
async function trigramAvailable(db: Kysely<unknown>): Promise<boolean> {
  const { rows } = await sql<{ installed: boolean; available: boolean }>`
    SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS installed,
           EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') AS available`.execute(db);
  const state = rows[0];
  if (state?.installed) return true;
  if (!state?.available) return false;
  await sql`SAVEPOINT create_pg_trgm`.execute(db);
  try {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
    await sql`RELEASE SAVEPOINT create_pg_trgm`.execute(db);
    return true;
  } catch {
    await sql`ROLLBACK TO SAVEPOINT create_pg_trgm`.execute(db);
    return false;
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'DROP INDEX IF EXISTS mediation_case_title_trgm_idx',
    'DROP INDEX IF EXISTS mediation_case_number_trgm_idx',
    'DROP INDEX IF EXISTS mail_outbox_pool_status_idx',
    'DROP INDEX IF EXISTS mail_outbox_pool_list_idx',
    'DROP INDEX IF EXISTS invitation_pool_list_idx',
    'DROP INDEX IF EXISTS hour_entry_approval_queue_idx',
    'DROP INDEX IF EXISTS case_mediator_current_idx',
    'DROP INDEX IF EXISTS mediation_case_referrer_idx',
    'DROP INDEX IF EXISTS mediation_case_list_type_idx',
    'DROP INDEX IF EXISTS mediation_case_list_municipality_idx',
    'DROP INDEX IF EXISTS mediation_case_list_next_due_desc_idx',
    'DROP INDEX IF EXISTS mediation_case_list_next_due_idx',
    'DROP INDEX IF EXISTS mediation_case_list_status_idx',
    'DROP INDEX IF EXISTS mediation_case_list_referred_idx',
  ]);
}
