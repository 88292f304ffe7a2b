// policy: public (a party answers through the single-use link mailed to them, without an account; the link's token is the permission and is checked here)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { conflict, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { sha256 } from '../../../auth/tokens.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import type { SurveyAnswer } from '../../../../contract/outcomes.js';
import { findLiveInvitation, insertSurveyAnswer, useInvitation } from '../repository.js';

export type { SurveyAnswer };

/** The live invitation behind a survey link; 404 for a malformed, unknown or replaced link. */
export async function findInvitation(db: Kysely<DB>, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound('Deze link bestaat niet.');
  const inv = await findLiveInvitation(db, sha256(token));
  if (!inv) throw notFound('Deze link bestaat niet.');
  return inv;
}

/** Stores one anonymous answer (municipality and month only) and uses up the link. */
export async function answerSurvey(trx: Kysely<DB>, ctx: AuditContext, token: string, a: SurveyAnswer): Promise<void> {
  const inv = await findInvitation(trx, token);
  if (!(await useInvitation(trx, inv.id))) throw conflict('Deze vragenlijst is al ingevuld. Dank u wel!', 'survey-answered');
  await insertSurveyAnswer(trx, {
    poolId: inv.pool_id,
    municipalityId: inv.municipality_id,
    month: todayInAmsterdam().slice(0, 7),
    process: a.process,
    mediator: a.mediator,
    outcome: a.outcome,
    comment: a.comment?.trim() || null,
  });
  await writeAudit(trx, { ...ctx, poolId: inv.pool_id }, { action: 'survey.answered', objectType: 'satisfaction_invitation', objectId: inv.id, actorLabel: 'partij (anoniem)' });
}
