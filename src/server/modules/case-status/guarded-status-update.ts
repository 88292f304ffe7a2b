import type { Kysely, Updateable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { MediationCaseTable } from '../../db/schema-cases.js';
import { conflict } from '../../http/problem.js';

/**
 * The one way a case changes status: `UPDATE … WHERE id = $id AND status = $from`. Zero rows
 * means someone else moved the case first, and the caller's transaction is rolled back with a 409.
 */
export async function guardedStatusUpdate(
  trx: Kysely<DB>,
  caseId: string,
  from: string,
  to: string,
  extra: Updateable<MediationCaseTable> = {},
): Promise<void> {
  const res = await trx
    .updateTable('mediation_case')
    .set({ ...extra, status: to, updated_at: new Date() })
    .where('id', '=', caseId)
    .where('status', '=', from)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) {
    throw conflict('De zaak is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.', 'stale-status');
  }
}
