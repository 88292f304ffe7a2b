import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { conflict, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { sha256 } from '../../../auth/tokens.js';
import { todayInAmsterdam } from '../../case-status/index.js';

export interface SurveyAnswer {
  process: number;
  mediator: number;
  outcome: number;
  comment?: string | undefined;
}

export async function findInvitation(db: Kysely<DB>, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound('Deze link bestaat niet.');
  const inv = await db
    .selectFrom('satisfaction_invitation as i')
    .innerJoin('pool', 'pool.id', 'i.pool_id')
    .select(['i.id', 'i.pool_id', 'i.municipality_id', 'i.used_at', 'pool.name as pool_name'])
    .where('i.token_hash', '=', sha256(token))
    // A link replaced by a newer one (the survey sent again) no longer exists for the party.
    .where('i.replaced_at', 'is', null)
    .executeTakeFirst();
  if (!inv) throw notFound('Deze link bestaat niet.');
  return inv;
}

/** Stores one anonymous answer (municipality and month only) and uses up the link. */
export async function answerSurvey(trx: Kysely<DB>, ctx: AuditContext, token: string, a: SurveyAnswer): Promise<void> {
  const inv = await findInvitation(trx, token);
  const used = await trx
    .updateTable('satisfaction_invitation')
    .set({ used_at: new Date() })
    .where('id', '=', inv.id)
    .where('used_at', 'is', null)
    .where('replaced_at', 'is', null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) throw conflict('Deze vragenlijst is al ingevuld. Dank u wel!', 'survey-answered');
  await trx
    .insertInto('satisfaction_answer')
    .values({
      pool_id: inv.pool_id,
      municipality_id: inv.municipality_id,
      answered_month: todayInAmsterdam().slice(0, 7),
      score_process: a.process,
      score_mediator: a.mediator,
      score_outcome: a.outcome,
      comment: a.comment?.trim() || null,
    })
    .execute();
  await writeAudit(trx, { ...ctx, poolId: inv.pool_id }, { action: 'survey.answered', objectType: 'satisfaction_invitation', objectId: inv.id, actorLabel: 'partij (anoniem)' });
}
