import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { conflict, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { satisfactionSurveyMail } from '../../../mail/templates/satisfaction-survey-mail.js';
import { randomToken, sha256 } from '../../../auth/tokens.js';
import { loadCaseForActor } from '../../cases/load-case.js';
import { canRecordOutcome } from '../policy.js';

export const surveyLink = (baseUrl: string, token: string) => `${baseUrl}/tevredenheid/${token}`;

/**
 * Sends every party with an e-mail address a single-use link to the anonymous survey, once per
 * case. Answers are stored without the case, so only the invitation knows which case it was.
 */
export async function inviteSurvey(trx: Kysely<DB>, ctx: AuditContext, baseUrl: string, actor: Actor, caseId: string): Promise<number> {
  const { row, access } = await loadCaseForActor(trx, actor, caseId, { forUpdate: true });
  if (!canRecordOutcome(access)) throw notFound();
  if (!['concluded', 'aftercare', 'closed'].includes(row.status)) {
    throw conflict('De tevredenheidsvraag gaat pas uit als de zaak is afgerond.', 'survey-not-open', { currentStatus: row.status });
  }
  const earlier = await trx.selectFrom('satisfaction_invitation').select('id').where('case_id', '=', row.id).executeTakeFirst();
  if (earlier) throw conflict('De partijen van deze zaak zijn al uitgenodigd.', 'survey-already-sent');
  const parties = await trx.selectFrom('case_party').select('email').where('case_id', '=', row.id).where('email', 'is not', null).execute();
  const pool = await trx.selectFrom('pool').select('name').where('id', '=', row.pool_id).executeTakeFirstOrThrow();
  for (const p of parties) {
    const token = randomToken();
    await trx.insertInto('satisfaction_invitation').values({ pool_id: row.pool_id, case_id: row.id, municipality_id: row.requesting_municipality_id, token_hash: sha256(token) }).execute();
    await enqueueMail(trx, { poolId: row.pool_id, kind: 'satisfaction-survey', to: p.email as string, ...satisfactionSurveyMail({ poolName: pool.name, link: surveyLink(baseUrl, token) }) });
  }
  await writeAudit(trx, ctx, { action: 'case.survey-invited', objectType: 'case', objectId: row.id, detail: { invitations: parties.length } });
  return parties.length;
}
