import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { auditInPool } from '../audit-in-pool.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { conflict, invalidField, ProblemError } from '../../../http/problem.js';
import type { CaseType } from '../../../../domain/cases/case-vocabulary.js';
import { LOAN_RESERVED_HOURS } from '../../../../domain/lending/loan-cap.js';
import { loadCaseForActor, todayInAmsterdam } from '../../case-status/index.js';
import { canLoan } from '../policy.js';
import { agreementsInForceCovering, coordinatorsOfPool, findLoan, insertLoan, lockAgreement, openAgreementInForce, openLoanExists, profilePool } from '../repository-loans.js';
import { capStanding, lendableMediators } from '../loan-facts.js';
import { loanRequestedMail } from '../loan-mail.js';
import { approveLoan } from './approve-loan.js';

const unprocessable = (slug: string, title: string, detail: string) => new ProblemError(422, slug, title, detail);

/**
 * The borrowing pool's coordinator asks a partner pool for one of its mediators for a case in
 * `matching`. Refused, with nothing changed: a mediator of no partner pool (400, the field named),
 * no agreement in force with that pool or one that does not cover the case type (422), a
 * mediator whose municipality is a party of the case (422, MfN 2.1) or who fails another hard
 * rule (422, the reasons named), beyond the agreement's yearly cap (422), a second open loan of
 * the same mediator for the case (409). Another pool's case: 404. With `auto_approve` the loan is
 * approved at once (approve-loan.ts); otherwise the lending pool's coordinators get a mail.
 */
export async function requestLoan(trx: Kysely<DB>, ctx: AuditContext, baseUrl: string, actor: Actor, caseId: string, lenderProfileId: string): Promise<string> {
  const { row } = await loadCaseForActor(trx, actor, caseId, { forUpdate: true });
  ensureCan(canLoan, actor, 'requestLoan', { borrowingPoolId: row.pool_id }, 'collection');
  if (row.status !== 'matching') throw conflict('Een mediator lenen kan alleen voor een zaak in "Mediator zoeken".', 'illegal-transition');
  const lenderPoolId = await profilePool(trx, lenderProfileId);
  if (lenderPoolId === undefined || lenderPoolId === row.pool_id) {
    throw invalidField('lenderProfileId', 'unknown', 'Kies een mediator uit de lijst "Uit partnerpools".');
  }
  const caseType = row.case_type as CaseType;
  const agreement = (await agreementsInForceCovering(trx, row.pool_id, caseType)).find((a) => a.partner_pool_id === lenderPoolId);
  if (!agreement) {
    if (await openAgreementInForce(trx, row.pool_id, lenderPoolId)) {
      throw unprocessable('case-type-not-covered', 'Dit soort zaak valt niet onder de overeenkomst.', 'De uitleenovereenkomst met deze pool dekt dit soort zaak niet.');
    }
    throw unprocessable('no-agreement-in-force', 'Geen uitleenovereenkomst van kracht.', 'Met deze pool is geen uitleenovereenkomst van kracht (nog niet bevestigd of beëindigd).');
  }
  await lockAgreement(trx, agreement.id);
  const { lendable, excluded } = await lendableMediators(trx, row.pool_id, row.id, lenderPoolId, [lenderProfileId]);
  const mediator = lendable[0];
  if (!mediator) {
    const reasons = excluded.get(lenderProfileId) ?? [{ code: 'not_active', reason: 'Status: vertrokken' }];
    const party = reasons.find((r) => r.code === 'party_municipality' || r.code === 'party_department');
    if (party) throw unprocessable('mediator-party-municipality', 'Deze mediator werkt bij een partij in de zaak.', `${party.reason} (MfN-gedragsregel 2.1).`);
    throw unprocessable('mediator-not-eligible', 'Deze mediator kan niet worden geleend voor deze zaak.', `${reasons.map((r) => r.reason).join('; ')}.`);
  }
  if (await openLoanExists(trx, row.id, mediator.userId)) {
    throw conflict('Voor deze zaak is deze mediator al gevraagd of geleend.', 'loan-exists');
  }
  const cap = await capStanding(trx, agreement, caseType, Number(todayInAmsterdam().slice(0, 4)));
  if (cap.refusal === 'beyond-yearly-cap') {
    throw unprocessable(
      'beyond-yearly-cap',
      'Boven het jaarplafond van de overeenkomst.',
      `Dit jaar is al ${cap.lentHours} uur uitgeleend of gereserveerd onder deze overeenkomst; er is nog ${cap.hoursLeft} uur over, en een lening reserveert ${LOAN_RESERVED_HOURS} uur.`,
    );
  }
  const loan = await insertLoan(trx, {
    poolId: row.pool_id,
    lenderPoolId,
    agreementId: agreement.id,
    caseId: row.id,
    mediatorUserId: mediator.userId,
    lenderProfileId,
    requestedBy: actor.userId,
  });
  const detail = { caseId: row.id, agreementId: agreement.id, lenderProfileId, mediatorUserId: mediator.userId };
  for (const poolId of [row.pool_id, lenderPoolId]) {
    await writeAudit(trx, auditInPool(ctx, poolId), { action: 'lending-loan.request', objectType: 'mediator-loan', objectId: loan.id, detail });
  }
  if (agreement.auto_approve) {
    await approveLoan(trx, ctx, baseUrl, loan.id, actor.userId, true);
    return loan.id;
  }
  const shown = (await findLoan(trx, loan.id))!;
  for (const c of await coordinatorsOfPool(trx, lenderPoolId)) {
    const mail = loanRequestedMail({
      name: c.name,
      borrowingPool: shown.borrowing_pool_name,
      lendingPool: shown.lending_pool_name,
      mediator: shown.mediator_name,
      caseNumber: shown.case_number,
      requester: actor.name,
      link: `${baseUrl}/uitlenen/verzoeken`,
    });
    await enqueueMail(trx, { poolId: lenderPoolId, kind: 'lending.loan-requested', to: c.email, ...mail });
  }
  return loan.id;
}
