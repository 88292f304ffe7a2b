import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { ProblemError } from '../../http/problem.js';

/** Without a row in pool_agreement_policy, only the informal approach may start unsigned. */
export const DEFAULT_EXEMPT_ROUTES: readonly string[] = ['process_facilitator'];

export async function exemptRoutes(db: Kysely<DB>, poolId: string): Promise<string[]> {
  const row = await db.selectFrom('pool_agreement_policy').select('exempt_routes').where('pool_id', '=', poolId).executeTakeFirst();
  return row ? [...row.exempt_routes] : [...DEFAULT_EXEMPT_ROUTES];
}

/** Whether this case needs a signed mediation agreement before it may start. */
export async function agreementRequired(db: Kysely<DB>, caseRow: { pool_id: string; route: string | null }): Promise<boolean> {
  if (caseRow.route === null) return true;
  return !(await exemptRoutes(db, caseRow.pool_id)).includes(caseRow.route);
}

/**
 * Guard for `assigned → in_progress` (called by the cases module's transition command in its
 * transaction): a mediation starts only once the agreement is signed, unless the pool exempts the
 * case's route (by default the informal approach with a process facilitator). 409 otherwise.
 */
export async function assertMayStart(trx: Kysely<DB>, caseRow: { id: string; pool_id: string; route: string | null }): Promise<void> {
  if (!(await agreementRequired(trx, caseRow))) return;
  const signed = await trx.selectFrom('mediation_agreement').select('case_id').where('case_id', '=', caseRow.id).executeTakeFirst();
  if (signed) return;
  throw new ProblemError(
    409,
    'mediation-agreement-missing',
    'Deze stap kan niet.',
    'De mediation kan pas starten als de mediationovereenkomst is getekend. Upload de getekende overeenkomst en leg de ondertekening vast.',
  );
}
