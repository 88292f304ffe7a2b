import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { computeUpkeep } from '../../../domain/upkeep/compute-upkeep.js';
import { todayInAmsterdam } from '../case-status/index.js';
import { asUpkeepMediation, poolMediation } from '../../../domain/upkeep/pool-mediations.js';
import { isoDateInZone } from '../../../domain/calendar/iso-date.js';
import { allUpkeepEntries, concludedPoolCases } from './repository/records.js';

/**
 * The upkeep of one mediator from the manual entries and the concluded pool cases (with their
 * approved contact hours, co-mediation and written agreement; see domain/upkeep/pool-mediations).
 * The pool cases are returned as `poolMediations`: read-only lines beside the manual entries.
 */
export async function upkeepSummary(db: Kysely<DB>, poolId: string, mediator: { id: string; upkeep_cycle_start: string | null; registration_expires_on: string | null }) {
  const entries = await allUpkeepEntries(db, poolId, mediator.id);
  const poolMediations = (await concludedPoolCases(db, poolId, mediator.id))
    .filter((c) => !c.released_at || isoDateInZone(c.released_at) >= c.concluded_on!)
    .map((c) =>
      poolMediation({ caseId: c.id, caseNumber: c.number, concludedOn: c.concluded_on!, mediatorCount: c.mediator_count, writtenAgreement: c.written_agreement === true, hours: c.hours }),
    );
  const summary = computeUpkeep({
    today: todayInAmsterdam(),
    cycleStart: mediator.upkeep_cycle_start,
    registrationExpiresOn: mediator.registration_expires_on,
    mediations: [
      ...entries
        .filter((e) => e.type === 'mediation')
        .map((e) => ({ date: e.occurred_on, contactMinutes: e.contact_minutes!, writtenAgreement: e.written_agreement!, coMediation: e.co_mediation! })),
      ...poolMediations.map(asUpkeepMediation),
    ],
    education: entries.filter((e) => e.type === 'education').map((e) => ({ date: e.occurred_on, points: e.points!, kind: e.education_kind! })),
    peerReviews: entries.filter((e) => e.type === 'peer_review').map((e) => e.occurred_on),
  });
  return { ...summary, poolMediations };
}
