import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { ProblemError } from '../../http/problem.js';
import { exemptRoutes, isAgreementSigned } from './repository.js';

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
  if (await isAgreementSigned(trx, caseRow.id)) return;
  throw new ProblemError(
    409,
    'mediation-agreement-missing',
    'Deze stap kan niet.',
    'De mediation kan pas starten als de mediationovereenkomst is getekend. Upload de getekende overeenkomst en leg de ondertekening vast.',
  );
}
