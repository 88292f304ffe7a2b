import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { REPORT_ACTIONS, type ReportActions } from '../../../../contract/reports.js';
import { REPORTS, canReport } from '../policy.js';

/** What the caller may do with reports: the report page shows its parts (benchmark, annual report, register, municipality choice) from these. */
export function reportActions(actor: Actor): ReportActions {
  ensureCan(canReport, actor, 'view-report', REPORTS, 'collection');
  return { allowedActions: allowedActions(canReport, actor, REPORTS, REPORT_ACTIONS) };
}
