import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ProcessingActivityInput } from '../../../contract/processing-register.js';

/** The pool's own register rows: its wording of standard activities, and its own activities. */
export function selectPoolActivities(db: Kysely<DB>, poolId: string) {
  return db.selectFrom('processing_activity').selectAll().where('pool_id', '=', poolId).orderBy('created_at').orderBy('code').execute();
}

export function selectPoolActivity(db: Kysely<DB>, poolId: string, code: string, opts: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom('processing_activity').selectAll().where('pool_id', '=', poolId).where('code', '=', code);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

const columns = (input: ProcessingActivityInput) => ({
  name: input.name,
  purpose: input.purpose,
  legal_basis: input.legalBasis,
  data_categories: input.dataCategories,
  subject_categories: input.subjectCategories,
  retention: input.retention,
  recipients: input.recipients,
});

/** Inserts the row, or (a standard activity reworded again) updates it; one statement, so two admins at once cannot both insert. */
export async function upsertPoolActivity(trx: Kysely<DB>, poolId: string, code: string, input: ProcessingActivityInput): Promise<void> {
  await trx
    .insertInto('processing_activity')
    .values({ pool_id: poolId, code, ...columns(input) })
    .onConflict((oc) => oc.columns(['pool_id', 'code']).doUpdateSet({ ...columns(input), updated_at: sql`now()` }))
    .execute();
}

/**
 * Which link of the chain an audit row is, and whether it is the pool's: a break in another
 * pool's rows is reported without its id.
 */
export function auditRowPool(db: Kysely<DB>, auditId: number) {
  return db.selectFrom('audit_event').select('pool_id').where('id', '=', auditId).executeTakeFirst();
}
