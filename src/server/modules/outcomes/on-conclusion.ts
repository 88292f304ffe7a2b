import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { ProblemError } from '../../http/problem.js';
import { enqueueMail } from '../../mail/enqueue-mail.js';
import { referrerFeedbackMail } from '../../mail/templates/referrer-feedback-mail.js';
import { addDays } from '../../../domain/calendar/iso-date.js';
import { formatDutchDate } from '../../../domain/calendar/iso-date.js';
import { todayInAmsterdam } from '../case-status/index.js';
import { OUTCOME_LABELS } from './outcome-labels.js';

type CaseRow = { id: string; pool_id: string; number: string; referrer_user_id: string; outcome_shareable: boolean };

/**
 * Called by the cases module's transition command, in its transaction, for `→ concluded`:
 * no conclusion without a recorded outcome (409); then the aftercare task's due date and the
 * feedback mail to the referrer (status, and the outcome category only when the parties allowed it).
 */
export async function concludeWithOutcome(trx: Kysely<DB>, row: CaseRow): Promise<void> {
  const outcome = await trx.selectFrom('case_outcome').select('outcome').where('case_id', '=', row.id).forUpdate().executeTakeFirst();
  if (!outcome) {
    throw new ProblemError(409, 'outcome-missing', 'Deze stap kan niet.', 'Leg eerst de uitkomst van de mediation vast; zonder uitkomst kan de zaak niet worden afgerond.');
  }
  const today = todayInAmsterdam();
  const settings = await trx.selectFrom('pool_settings').select('aftercare_weeks').where('pool_id', '=', row.pool_id).executeTakeFirst();
  await trx
    .updateTable('case_outcome')
    .set({ aftercare_due_on: addDays(today, 7 * (settings?.aftercare_weeks ?? 6)) })
    .where('case_id', '=', row.id)
    .execute();

  const referrer = await trx.selectFrom('app_user').select(['name', 'email', 'active']).where('id', '=', row.referrer_user_id).executeTakeFirst();
  if (!referrer?.active) return;
  const pool = await trx.selectFrom('pool').select('name').where('id', '=', row.pool_id).executeTakeFirstOrThrow();
  const mail = referrerFeedbackMail({
    name: referrer.name,
    poolName: pool.name,
    caseNumber: row.number,
    concludedOn: formatDutchDate(today),
    outcomeLabel: row.outcome_shareable ? OUTCOME_LABELS[outcome.outcome] : null,
  });
  await enqueueMail(trx, { poolId: row.pool_id, kind: 'referrer-feedback', to: referrer.email, ...mail });
}
