import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { ProblemError } from '../../http/problem.js';
import { enqueueMail } from '../../mail/enqueue-mail.js';
import { referrerFeedbackMail } from '../../mail/templates/referrer-feedback-mail.js';
import { addDays } from '../../../domain/calendar/iso-date.js';
import { formatDutchDate } from '../../../domain/calendar/iso-date.js';
import { todayInAmsterdam } from '../case-status/index.js';
import { poolName } from '../pool/index.js';
import { aftercareWeeks, findUser, lockOutcome, setAftercareDue } from './repository.js';
import { OUTCOME_LABELS } from './outcome-labels.js';

type CaseRow = { id: string; pool_id: string; number: string; referrer_user_id: string | null; outcome_shareable: boolean };

/**
 * Called by the cases module's transition command, in its transaction, for `→ concluded`:
 * no conclusion without a recorded outcome (409); then the aftercare task's due date and the
 * feedback mail to the referrer (status, and the outcome category only when the parties allowed it).
 */
export async function concludeWithOutcome(trx: Kysely<DB>, row: CaseRow): Promise<void> {
  const outcome = await lockOutcome(trx, row.id);
  if (!outcome) {
    throw new ProblemError(409, 'outcome-missing', 'Deze stap kan niet.', 'Leg eerst de uitkomst van de mediation vast; zonder uitkomst kan de zaak niet worden afgerond.');
  }
  const today = todayInAmsterdam();
  await setAftercareDue(trx, row.id, addDays(today, 7 * ((await aftercareWeeks(trx, row.pool_id)) ?? 6)));

  // A self-referral has no referring account; the resident follows the case by the status link.
  if (row.referrer_user_id === null) return;
  const referrer = await findUser(trx, row.referrer_user_id);
  if (!referrer?.active) return;
  const mail = referrerFeedbackMail({
    name: referrer.name,
    poolName: await poolName(trx, row.pool_id),
    caseNumber: row.number,
    concludedOn: formatDutchDate(today),
    outcomeLabel: row.outcome_shareable ? OUTCOME_LABELS[outcome.outcome] : null,
  });
  await enqueueMail(trx, { poolId: row.pool_id, kind: 'referrer-feedback', to: referrer.email, ...mail });
}
