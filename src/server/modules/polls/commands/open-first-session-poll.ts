import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { conflict, invalidField } from '../../../http/problem.js';
import type { AuditContext } from '../../../audit/write-audit.js';
import type { FirstSessionPollInput } from '../../../../contract/polls.js';
import { canSession, loadSessionCase } from '../../sessions/index.js';
import { findCasePartiesForPoll } from '../repository.js';
import { openPoll } from './open-poll.js';

// policy: the sessions module's policy decides (loadSessionCase finds only a case the actor may see, canSession 'plan' below); a first-session poll is planning a session.
/**
 * The case's mediator (or the coordinator) offers slots for the first session; each party with an
 * e-mail address gets a personal link to answer without an account. Whoever may plan a session on
 * the case may open one; fixing it plans the session (fix-poll.ts).
 */
export async function openFirstSessionPoll(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: FirstSessionPollInput, baseUrl: string) {
  const { row, object } = await loadSessionCase(trx, actor, caseId, { forUpdate: true });
  if (!canSession(actor, 'plan', object)) throw conflict('Deze zaak is afgesloten; er kunnen geen gesprekken meer worden gepland.', 'case-closed');
  const location = input.location?.trim() || null;
  const onlineUrl = input.onlineUrl?.trim() || null;
  if (!location && !onlineUrl) throw invalidField('location', 'required', 'Geef een locatie of een link naar het online gesprek.');
  const parties = (await findCasePartiesForPoll(trx, caseId)).flatMap((p) => (p.email ? [{ id: p.id, name: p.name, email: p.email }] : []));
  if (parties.length === 0) throw conflict('Geen van de partijen heeft een e-mailadres; vul dat eerst aan, of plan het gesprek zelf.', 'parties-without-email');
  const pollId = await openPoll(trx, ctx, actor, { purpose: 'case-first-session', title: `Eerste mediationgesprek ${row.number}`, location, onlineUrl, caseId, slots: input.slots, users: [], parties }, baseUrl);
  return pollId;
}
