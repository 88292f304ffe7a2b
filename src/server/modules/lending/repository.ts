import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** All of the lending module's SQL. */

const selectAgreements = (db: Kysely<DB>) =>
  db
    .selectFrom('lending_agreement as a')
    .innerJoin('pool as pp', 'pp.id', 'a.proposer_pool_id')
    .innerJoin('pool as pa', 'pa.id', 'a.partner_pool_id')
    .select([
      'a.id',
      'a.proposer_pool_id',
      'a.partner_pool_id',
      'pp.name as proposer_name',
      'pa.name as partner_name',
      'a.case_types',
      'a.rate_cents',
      'a.yearly_cap_hours',
      'a.auto_approve',
      'a.proposed_at',
      'a.confirmed_at',
      'a.ended_at',
    ]);

export type AgreementRow = Awaited<ReturnType<ReturnType<typeof selectAgreements>['executeTakeFirstOrThrow']>>;

/** The pool's agreements (proposed by it or to it), newest first. */
export const listAgreements = (db: Kysely<DB>, poolId: string) =>
  selectAgreements(db)
    .where((eb) => eb.or([eb('a.proposer_pool_id', '=', poolId), eb('a.partner_pool_id', '=', poolId)]))
    .orderBy('a.proposed_at', 'desc')
    .orderBy('a.id')
    .execute();

export const findAgreement = (db: Kysely<DB>, agreementId: string) => selectAgreements(db).where('a.id', '=', agreementId).executeTakeFirst();

export async function poolExists(db: Kysely<DB>, poolId: string): Promise<boolean> {
  return (await db.selectFrom('pool').select('id').where('id', '=', poolId).executeTakeFirst()) !== undefined;
}

/** Whether the two pools have an agreement that has not ended (proposed or in force). */
export async function openAgreementBetween(db: Kysely<DB>, a: string, b: string): Promise<boolean> {
  const row = await db
    .selectFrom('lending_agreement')
    .select('id')
    .where('ended_at', 'is', null)
    .where((eb) => eb.or([eb.and([eb('proposer_pool_id', '=', a), eb('partner_pool_id', '=', b)]), eb.and([eb('proposer_pool_id', '=', b), eb('partner_pool_id', '=', a)])]))
    .executeTakeFirst();
  return row !== undefined;
}

export const insertAgreement = (
  db: Kysely<DB>,
  v: { proposerPoolId: string; partnerPoolId: string; caseTypes: string[]; rateCents: number | null; yearlyCapHours: number | null; autoApprove: boolean; proposedBy: string },
) =>
  db
    .insertInto('lending_agreement')
    .values({
      proposer_pool_id: v.proposerPoolId,
      partner_pool_id: v.partnerPoolId,
      case_types: v.caseTypes,
      rate_cents: v.rateCents,
      yearly_cap_hours: v.yearlyCapHours,
      auto_approve: v.autoApprove,
      proposed_by: v.proposedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

/** The guarded confirmation: false when it was confirmed or ended in the meantime. */
export async function markConfirmed(db: Kysely<DB>, agreementId: string, userId: string): Promise<boolean> {
  const done = await db
    .updateTable('lending_agreement')
    .set({ confirmed_by: userId, confirmed_at: new Date() })
    .where('id', '=', agreementId)
    .where('confirmed_at', 'is', null)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}
