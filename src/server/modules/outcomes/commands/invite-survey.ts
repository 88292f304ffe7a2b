import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { satisfactionSurveyMail } from '../../../mail/templates/satisfaction-survey-mail.js';
import { randomToken, sha256 } from '../../../auth/tokens.js';
import { loadCaseForActor } from '../../case-status/index.js';
import { loadPoolContact, poolName } from '../../pool/index.js';
import { canOutcome, outcomeObject, type OutcomeAction } from '../policy.js';
import { answeredPartyIds, caseInvitations, hasInvitations, insertInvitation, partiesWithEmail, replaceUnusedInvitations } from '../repository.js';

export const surveyLink = (baseUrl: string, token: string) => `${baseUrl}/tevredenheid/${token}`;

type CaseRow = { id: string; pool_id: string; requesting_municipality_id: string };

/** The case, locked, when the actor may invite and the case is concluded; 404 or 409 otherwise. */
async function loadForSurvey(trx: Kysely<DB>, actor: Actor, caseId: string, action: OutcomeAction): Promise<CaseRow> {
  const loaded = await loadCaseForActor(trx, actor, caseId, { forUpdate: true });
  const object = outcomeObject(loaded);
  ensureCan(canOutcome, actor, 'handle', object);
  if (!canOutcome(actor, action, object)) {
    throw conflict('De tevredenheidsvraag gaat pas uit als de zaak is afgerond.', 'survey-not-open', { currentStatus: loaded.row.status });
  }
  return loaded.row;
}

/** One new single-use link for the party, mailed in this transaction. */
async function sendLink(trx: Kysely<DB>, baseUrl: string, row: CaseRow, pool: string, party: { id: string; email: string }, again: boolean) {
  const token = randomToken();
  await insertInvitation(trx, { poolId: row.pool_id, caseId: row.id, municipalityId: row.requesting_municipality_id, partyId: party.id, tokenHash: sha256(token) });
  await enqueueMail(trx, { poolId: row.pool_id, kind: 'satisfaction-survey', to: party.email, ...satisfactionSurveyMail({ poolName: pool, link: surveyLink(baseUrl, token), again, contact: await loadPoolContact(trx, row.pool_id) }) });
}

/**
 * Sends every party with an e-mail address a single-use link to the anonymous survey, once per
 * case (a later round goes through resendSurvey). Answers are stored without the case, so only
 * the invitation knows which case it was.
 */
export async function inviteSurvey(trx: Kysely<DB>, ctx: AuditContext, baseUrl: string, actor: Actor, caseId: string): Promise<number> {
  const row = await loadForSurvey(trx, actor, caseId, 'invite-survey');
  if (await hasInvitations(trx, row.id)) {
    throw conflict('De partijen van deze zaak zijn al uitgenodigd. Stuur de uitnodiging zo nodig opnieuw aan wie nog niet heeft geantwoord.', 'survey-already-sent');
  }
  const parties = await partiesWithEmail(trx, row.id);
  const pool = await poolName(trx, row.pool_id);
  for (const p of parties) await sendLink(trx, baseUrl, row, pool, p, false);
  await writeAudit(trx, ctx, { action: 'case.survey-invited', objectType: 'case', objectId: row.id, detail: { invitations: parties.length } });
  return parties.length;
}

/**
 * Sends the survey again to each party with an e-mail address whose link has not been used (or
 * who had none, e.g. an address added later). Their earlier unused link stops working, so nobody
 * can answer twice. Links sent before invitations named their party cannot be told apart: once
 * one of those was used, sending again is refused.
 */
export async function resendSurvey(trx: Kysely<DB>, ctx: AuditContext, baseUrl: string, actor: Actor, caseId: string): Promise<number> {
  const row = await loadForSurvey(trx, actor, caseId, 'resend-survey');
  const invitations = await caseInvitations(trx, row.id);
  if (invitations.length === 0) throw conflict('De partijen zijn nog niet uitgenodigd; verstuur eerst de uitnodiging.', 'survey-not-sent');
  if (invitations.some((i) => i.party_id === null && i.used_at !== null)) {
    throw conflict('Deze uitnodigingen zijn verstuurd voordat per partij werd bijgehouden wie heeft geantwoord; opnieuw versturen zou iemand twee keer laten antwoorden.', 'survey-untracked');
  }
  const parties = await partiesWithEmail(trx, row.id);
  if (parties.length === 0) throw conflict('Geen van de partijen heeft een e-mailadres. Vul eerst een e-mailadres in bij de partijen.', 'survey-no-email');
  // Replace first, then read who answered: an answer that lands in between is seen, one after it finds its link replaced.
  await replaceUnusedInvitations(trx, row.id);
  const answered = await answeredPartyIds(trx, row.id);
  const targets = parties.filter((p) => !answered.has(p.id));
  if (targets.length === 0) throw conflict('Alle partijen met een e-mailadres hebben al geantwoord.', 'survey-all-answered');
  const pool = await poolName(trx, row.pool_id);
  for (const p of targets) await sendLink(trx, baseUrl, row, pool, p, true);
  await writeAudit(trx, ctx, { action: 'case.survey-resent', objectType: 'case', objectId: row.id, detail: { invitations: targets.length } });
  return targets.length;
}
