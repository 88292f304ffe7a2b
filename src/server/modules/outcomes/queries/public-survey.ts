// policy: public (the survey page behind a party's single-use link, without an account; the link's token is the permission)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { PublicSurvey } from '../../../../contract/outcomes.js';
import { findInvitation } from '../commands/answer-survey.js';

/** The pool's name and whether the link was used, for the survey page. */
export async function publicSurvey(db: Kysely<DB>, token: string): Promise<PublicSurvey> {
  const inv = await findInvitation(db, token);
  return { poolName: inv.pool_name, answered: inv.used_at !== null };
}
