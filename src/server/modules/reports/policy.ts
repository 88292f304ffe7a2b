import { hasRole, type Actor } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { ReportAction } from '../../../contract/reports.js';

export type { ReportAction };

/** The reports are about the pool as a whole; the scope (which municipality) is checked by resolveScope. */
export type ReportPolicyObject = { kind: 'reports' };
export const REPORTS: ReportPolicyObject = { kind: 'reports' };

/**
 * Reports: coordinators for the pool and any member; contacts for their own municipality; finance
 * the hours only. Case figures (and so the benchmark and the annual report) are for coordinators
 * and contacts; choosing any member municipality is for the pool-wide roles (coordinator,
 * finance); the anonymised case register is for coordinators.
 */
export const canReport: Policy<ReportAction, ReportPolicyObject> = (actor, action) => {
  switch (action) {
    case 'view-report':
      return hasRole(actor, 'coordinator', 'contact', 'finance');
    case 'view-case-figures':
    case 'view-benchmark':
    case 'download-annual':
      return hasRole(actor, 'coordinator', 'contact');
    case 'choose-municipality':
      return hasRole(actor, 'coordinator', 'finance');
    case 'download-case-register':
      return hasRole(actor, 'coordinator');
    default:
      return false;
  }
};

/** For auth's session actions (the menu): may open the reports page, and the benchmark. */
export const canReports = (actor: Actor) => canReport(actor, 'view-report', REPORTS);
export const seesCaseFigures = (actor: Actor) => canReport(actor, 'view-case-figures', REPORTS);
