import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import type { Database } from '../../../db/database.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { poolName } from '../../pool/index.js';
import type { AnnualQueryType } from '../../../../contract/reports.js';
import { REPORTS, canReport } from '../policy.js';
import { resolveScope } from '../report-period.js';
import { buildReport } from '../repository/report-figures.js';
import { mediatorStatusCounts } from '../repository/pool-facts.js';
import { annualReportPdf, type PoolHealth } from '../annual-report-pdf.js';
import { safeName, type ReportFile } from './report-file.js';

async function poolHealth(db: Database, poolId: string, municipalityId: string | null): Promise<PoolHealth> {
  const rows = await mediatorStatusCounts(db, poolId, municipalityId);
  const n = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return { active: n('active'), inTraining: n('in_training'), dormant: n('dormant'), inactive: n('inactive') };
}

/** The annual report (PDF) of the pool or a municipality, from the same figures as the report; audited. */
export async function annualReport(db: Database, ctx: AuditContext, actor: Actor, query: AnnualQueryType): Promise<ReportFile> {
  ensureCan(canReport, actor, 'download-annual', REPORTS, 'collection');
  const y = query.year;
  const scope = await resolveScope(db, actor, { from: `${y}-01-01`, to: `${y}-12-31`, municipalityId: query.municipalityId });
  const report = await buildReport(db, scope);
  const pool = await poolName(db, actor.poolId);
  const pdf = await annualReportPdf({ poolName: pool, year: y, report, health: await poolHealth(db, actor.poolId, scope.municipality?.id ?? null) });
  await writeAudit(db, ctx, { action: 'report.annual', objectType: 'pool', objectId: actor.poolId, detail: { year: y, municipalityId: scope.municipality?.id ?? null } });
  return { contentType: 'application/pdf', filename: `jaarverslag-${y}-${safeName(scope.municipality?.name ?? pool)}.pdf`, body: pdf };
}
