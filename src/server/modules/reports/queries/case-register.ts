import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import type { Database } from '../../../db/database.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { RegisterQueryType } from '../../../../contract/reports.js';
import { REPORTS, canReport } from '../policy.js';
import { resolveScope } from '../report-period.js';
import { caseRegisterCsv } from '../case-register.js';
import type { ReportFile } from './report-file.js';

/** The anonymised case register as CSV (coordinator); audited. */
export async function caseRegister(db: Database, ctx: AuditContext, actor: Actor, query: RegisterQueryType): Promise<ReportFile> {
  ensureCan(canReport, actor, 'download-case-register', REPORTS, 'collection');
  const scope = await resolveScope(db, actor, query);
  const csv = await caseRegisterCsv(db, scope);
  await writeAudit(db, ctx, { action: 'report.case-register', objectType: 'pool', objectId: actor.poolId, detail: { from: scope.from, to: scope.to } });
  return { contentType: 'text/csv; charset=utf-8', filename: `zakenregister-${scope.from}-${scope.to}.csv`, body: csv };
}
