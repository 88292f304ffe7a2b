import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { computeUpkeep } from '../../../domain/upkeep/compute-upkeep.js';
import { todayInAmsterdam } from '../case-status/index.js';
import { allUpkeepEntries } from './repository/records.js';

/**
 * The upkeep of one mediator from the manual entries. Cases and logged hours (later issues) will
 * be added to the same lists of mediations.
 */
export async function upkeepSummary(db: Kysely<DB>, poolId: string, mediator: { id: string; upkeep_cycle_start: string | null; registration_expires_on: string | null }) {
  const entries = await allUpkeepEntries(db, poolId, mediator.id);
  return computeUpkeep({
    today: todayInAmsterdam(),
    cycleStart: mediator.upkeep_cycle_start,
    registrationExpiresOn: mediator.registration_expires_on,
    mediations: entries
      .filter((e) => e.type === 'mediation')
      .map((e) => ({ date: e.occurred_on, contactMinutes: e.contact_minutes!, writtenAgreement: e.written_agreement!, coMediation: e.co_mediation! })),
    education: entries.filter((e) => e.type === 'education').map((e) => ({ date: e.occurred_on, points: e.points!, kind: e.education_kind! })),
    peerReviews: entries.filter((e) => e.type === 'peer_review').map((e) => e.occurred_on),
  });
}
