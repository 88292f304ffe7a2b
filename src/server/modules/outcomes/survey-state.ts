import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SurveyState } from '../../../contract/outcomes.js';
import { caseInvitations, partiesWithEmail } from './repository.js';

/**
 * Where the satisfaction survey of a case stands, for the case page: when it was sent (first and
 * last round), how many links are live, how many were used, and how many parties a new round
 * would reach (parties with an e-mail address who have not answered). Null when never sent.
 */
export async function surveyState(db: Kysely<DB>, caseId: string): Promise<SurveyState | null> {
  const invitations = await caseInvitations(db, caseId);
  if (invitations.length === 0) return null;
  const live = invitations.filter((i) => i.replaced_at === null);
  const used = live.filter((i) => i.used_at !== null);
  const untracked = used.some((i) => i.party_id === null);
  const answered = new Set(used.map((i) => i.party_id));
  const parties = await partiesWithEmail(db, caseId);
  return {
    firstSentAt: invitations[0]!.created_at.toISOString(),
    lastSentAt: invitations[invitations.length - 1]!.created_at.toISOString(),
    invited: live.length,
    answered: used.length,
    pending: untracked ? 0 : parties.filter((p) => !answered.has(p.id)).length,
  };
}
