import type { CaseStatus } from '../cases/case-status.js';

/**
 * What a self-referred resident's status link shows: one of three words, nothing else.
 * Received until the coordinator has weighed it (triage), in progress while the pool works on
 * it, finished once closed, withdrawn or referred elsewhere (also after the mediation ended and
 * only aftercare remains: for the resident the mediation is over).
 */
export const PUBLIC_STATUSES = ['received', 'in_progress', 'finished'] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const PUBLIC_STATUS_WORDS: Readonly<Record<PublicStatus, string>> = {
  received: 'ontvangen',
  in_progress: 'in behandeling',
  finished: 'afgerond',
};

export function publicStatusOf(status: CaseStatus): PublicStatus {
  switch (status) {
    case 'registered':
    case 'triage':
      return 'received';
    case 'matching':
    case 'proposed':
    case 'assigned':
    case 'in_progress':
      return 'in_progress';
    case 'concluded':
    case 'aftercare':
    case 'closed':
    case 'withdrawn':
    case 'referred':
      return 'finished';
  }
}
