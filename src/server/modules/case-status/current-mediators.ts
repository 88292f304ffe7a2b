import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * "The current mediators of a case": a `case_mediator` row counts until it is released (the case
 * went back to matching, or the mediator stepped off). Every query that asks who works on a case
 * now uses these, so the rule lives in one place.
 */
export const CURRENT_MEDIATOR_SQL = sql<boolean>`cm.released_at IS NULL`;

/** `case_mediator as cm` joined to `mediator_profile as mp`, current rows only; add your own where and select. */
export function currentCaseMediators(db: Kysely<DB>) {
  return db.selectFrom('case_mediator as cm').innerJoin('mediator_profile as mp', 'mp.id', 'cm.mediator_id').where('cm.released_at', 'is', null);
}

/** Inside a query over `mediation_case as c`: whether this user is one of the case's current mediators. */
export function isCurrentMediatorOfCase(eb: ExpressionBuilder<DB & { c: DB['mediation_case'] }, 'c'>, userId: string) {
  return eb.exists(
    eb
      .selectFrom('case_mediator as cm')
      .innerJoin('mediator_profile as mp', 'mp.id', 'cm.mediator_id')
      .select('cm.case_id')
      .whereRef('cm.case_id', '=', 'c.id')
      .where('mp.user_id', '=', userId)
      .where('cm.released_at', 'is', null),
  );
}

/** The case went back to matching: its current mediators are released and lose access to it. */
export async function releaseCurrentMediators(trx: Kysely<DB>, caseId: string): Promise<void> {
  await trx.updateTable('case_mediator').set({ released_at: new Date() }).where('case_id', '=', caseId).where('released_at', 'is', null).execute();
}
