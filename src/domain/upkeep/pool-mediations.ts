import { CONTACT_ACTIVITIES } from './requirements.js';
import type { UpkeepMediation } from './compute-upkeep.js';

/** What the server knows of one concluded pool case for one mediator. */
export interface PoolCaseFacts {
  caseId: string;
  caseNumber: string;
  concludedOn: string;
  /** Every mediator ever on the case (current or released), the mediator themself included. */
  mediatorCount: number;
  /** The recorded outcome says the mediation ended in a written (settlement) agreement. */
  writtenAgreement: boolean;
  /** This mediator's hour entries on the case, corrections included (with negative minutes). */
  hours: readonly { activity: string; minutes: number; status: string }[];
}

/** A pool case as it counts for the upkeep: read-only, shown beside the manual entries. */
export interface PoolMediation {
  caseId: string;
  caseNumber: string;
  concludedOn: string;
  contactMinutes: number;
  coMediation: boolean;
  writtenAgreement: boolean;
}

/**
 * A concluded pool case counts as one mediation on the day it was concluded (so it falls in the
 * cycle, [start, end), that holds the conclusion date). Contact time is the mediator's approved
 * minutes of contact activities (intake, session), corrections included, never below zero;
 * submitted and rejected hours do not count. Co-mediation: more than one mediator on the case.
 *
 * No double counting: manual mediation entries are, by definition, mediations outside the pool
 * (earlier work, other organisations); they carry no case, and the upkeep form says so. A pool case
 * is counted only from here, never from a manual entry.
 */
export function poolMediation(facts: PoolCaseFacts): PoolMediation {
  const contact = facts.hours.filter((h) => h.status === 'approved' && CONTACT_ACTIVITIES.includes(h.activity));
  return {
    caseId: facts.caseId,
    caseNumber: facts.caseNumber,
    concludedOn: facts.concludedOn,
    contactMinutes: Math.max(0, contact.reduce((a, h) => a + h.minutes, 0)),
    coMediation: facts.mediatorCount > 1,
    writtenAgreement: facts.writtenAgreement,
  };
}

/** The input line of `computeUpkeep` for a pool case. */
export const asUpkeepMediation = (m: PoolMediation): UpkeepMediation => ({
  date: m.concludedOn,
  contactMinutes: m.contactMinutes,
  writtenAgreement: m.writtenAgreement,
  coMediation: m.coMediation,
});
