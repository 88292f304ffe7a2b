import type { CaseDetail } from '../../api/cases.js';

/**
 * The parts of a case page, in the order of the in-page menu. Each has a Dutch anchor (the id of
 * its block), so a link such as `/zaken/<id>#uren` opens the page at that part.
 */
export const CASE_PARTS = ['overview', 'parties', 'matching', 'sessions', 'documents', 'hours', 'outcome', 'timeline'] as const;
export type CasePart = (typeof CASE_PARTS)[number];

export const CASE_PART_ANCHORS: Readonly<Record<CasePart, string>> = {
  overview: 'overzicht',
  parties: 'partijen',
  matching: 'matching',
  sessions: 'gesprekken',
  documents: 'documenten',
  hours: 'uren',
  outcome: 'uitkomst',
  timeline: 'tijdlijn',
};

/** Statuses in which the case is (or was last) in a mediator's hands. */
const WITH_MEDIATOR: ReadonlySet<string> = new Set(['assigned', 'in_progress', 'concluded', 'aftercare']);
/** Statuses in which the mediation itself has started (the outcome can be recorded). */
const MEDIATING: ReadonlySet<string> = new Set(['in_progress', 'concluded', 'aftercare']);
/** Statuses before the triage decision: nothing to match, plan, log or agree yet. */
const BEFORE_MATCHING: ReadonlySet<string> = new Set(['registered', 'triage']);
/** Final statuses reachable from any open status, triage included. */
const ENDED_EARLY: ReadonlySet<string> = new Set(['withdrawn', 'referred']);

export interface CasePartsInput {
  status: CaseDetail['status'];
  /** Set once a mediator was assigned; stays set when the case later ends (withdrawn, referred, closed). */
  assignedOn: string | null;
  concludedOn: string | null;
  /** A mediator (pool or external) is on the case now. */
  hasMediator: boolean;
  /** The case's triage decision is on record (asked only of a withdrawn or referred case). */
  triaged: boolean;
  /** The viewer sees the confidential content (the coordinator, the case's own mediators). */
  full: boolean;
  /** The viewer works on the case (sessions, hours, outcome): its mediators and the coordinator. */
  handles: boolean;
}

/**
 * Which parts apply to a case in its phase, for this viewer. A part that does not apply yet is
 * not shown at all: a case in triage has no matching, sessions, documents, hours or outcome; a
 * case still being matched has no sessions, hours or outcome. A case that has ended keeps every
 * part it reached (its assignment date and triage say how far it came).
 */
export function casePartsFor(c: CasePartsInput): CasePart[] {
  // A withdrawn or referred case may have ended before, in or after triage: its record says which.
  const pastTriage = BEFORE_MATCHING.has(c.status) ? false : ENDED_EARLY.has(c.status) ? c.triaged || c.assignedOn !== null : true;
  // A mediator's work (sessions, hours) applies once one is on the case, whatever led there.
  const hadMediator = WITH_MEDIATOR.has(c.status) || c.assignedOn !== null || c.hasMediator;
  const mediated = MEDIATING.has(c.status) || c.concludedOn !== null || (c.status === 'closed' && hadMediator);
  const applies: Record<CasePart, boolean> = {
    overview: true,
    parties: c.full,
    matching: c.full && pastTriage,
    sessions: c.full && c.handles && hadMediator,
    documents: c.full && pastTriage,
    hours: c.full && c.handles && hadMediator,
    outcome: c.full && c.handles && mediated,
    timeline: true,
  };
  return CASE_PARTS.filter((p) => applies[p]);
}
