// policy: the system (the demo seed, before anyone signs in)
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The demo's agreement: the Meppel covenant and the Regional Mediation Network lend to each other, confirmed by both. */
export async function seedDemoLendingAgreement(db: Kysely<DB>, v: { proposerPoolId: string; partnerPoolId: string; proposedBy: string; confirmedBy: string }) {
  await db
    .insertInto('lending_agreement')
    .values({
      proposer_pool_id: v.proposerPoolId,
      partner_pool_id: v.partnerPoolId,
      case_types: ['employment', 'citizen_government', 'neighbours'],
      rate_cents: 6250,
      yearly_cap_hours: 60,
      auto_approve: false,
      proposed_by: v.proposedBy,
      confirmed_by: v.confirmedBy,
      confirmed_at: new Date(),
    })
    .execute();
}
