import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import type { Database } from '../../../db/database.js';
import type { Report, ReportScopeQuery } from '../../../../contract/reports.js';
import { REPORTS, canReport } from '../policy.js';
import { resolveScope } from '../report-period.js';
import { buildReport } from '../repository/report-figures.js';

/** The report over a period: the pool or a member (coordinator), the own municipality (contact), the hours only (finance). */
export async function getReport(db: Database, actor: Actor, query: ReportScopeQuery): Promise<Report> {
  ensureCan(canReport, actor, 'view-report', REPORTS, 'collection');
  const scope = await resolveScope(db, actor, query);
  return buildReport(db, scope, { caseFigures: canReport(actor, 'view-case-figures', REPORTS) });
}
