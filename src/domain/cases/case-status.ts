/**
 * The statuses of a case. `closed`, `withdrawn` and `referred` are final; every other status is
 * open, including `concluded` and `aftercare`: the mediation has ended but the pool still has
 * work on the case (aftercare, reopening), it still counts for the dashboard, and retention of
 * closed cases must not start yet.
 */
export const CASE_STATUSES = [
  'registered',
  'triage',
  'matching',
  'proposed',
  'assigned',
  'in_progress',
  'concluded',
  'aftercare',
  'closed',
  'withdrawn',
  'referred',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const FINAL_STATUSES: readonly CaseStatus[] = ['closed', 'withdrawn', 'referred'];
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => !FINAL_STATUSES.includes(s));

export const isCaseStatus = (v: unknown): v is CaseStatus =>
  typeof v === 'string' && (CASE_STATUSES as readonly string[]).includes(v);

export const isOpen = (status: CaseStatus): boolean => OPEN_STATUSES.includes(status);

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  registered: 'Aangemeld',
  triage: 'In triage',
  matching: 'Mediator zoeken',
  proposed: 'Mediator voorgesteld',
  assigned: 'Toegewezen',
  in_progress: 'Mediation loopt',
  concluded: 'Afgerond',
  aftercare: 'Nazorg',
  closed: 'Gesloten',
  withdrawn: 'Ingetrokken',
  referred: 'Doorverwezen',
};
