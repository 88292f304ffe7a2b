import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { canRegistryCsv } from '../policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { addMemberMunicipality, updateMemberMunicipality } from '../../municipalities/index.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { MUNICIPALITY_COLUMNS, planMunicipalityImport } from '../municipality-csv.js';
import { readUpload } from '../read-upload.js';
import { atRow, rejectImport, type ImportResult } from '../import-result.js';

/**
 * Imports member municipalities from CSV, keyed by CBS code. The whole file is checked first: one
 * bad row and nothing is imported. Unchanged rows are not touched, so re-importing an export
 * changes nothing.
 */
export async function importMunicipalities(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: { contentBase64: string; dryRun: boolean }): Promise<ImportResult> {
  ensureCan(canRegistryCsv, actor, 'import', { poolId: actor.poolId }, 'collection');
  const poolId = actor.poolId;
  const { records, problems: fileProblems } = readUpload(input.contentBase64, MUNICIPALITY_COLUMNS);
  const { plan, problems } = await planMunicipalityImport(trx, poolId, records, todayInAmsterdam());
  if (fileProblems.length || problems.length) rejectImport([...fileProblems, ...problems], MUNICIPALITY_COLUMNS);

  const result: ImportResult = {
    rows: plan.length,
    created: plan.filter((p) => p.action === 'create').length,
    updated: plan.filter((p) => p.action === 'update').length,
    unchanged: plan.filter((p) => p.action === 'unchanged').length,
    dryRun: input.dryRun,
    warnings: [],
  };
  if (input.dryRun) return result;

  for (const p of plan) {
    if (p.action === 'create') await atRow(p.row, () => addMemberMunicipality(trx, ctx, actor, p.input));
    else if (p.action === 'update') {
      const { code: _code, ...changes } = p.input;
      await atRow(p.row, () => updateMemberMunicipality(trx, ctx, actor, p.id!, { ...changes, memberUntil: p.input.memberUntil ?? null }));
    }
  }
  await writeAudit(trx, ctx, { action: 'csv-import.municipalities', objectType: 'pool', objectId: poolId, detail: { ...result, warnings: undefined } });
  return result;
}
