import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { ensureCan } from '../../../auth/policy.js';
import { changeMediatorStatus, createMediator, updateMediator } from '../../mediators/index.js';
import { canRegistryCsv } from '../policy.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { MEDIATOR_COLUMNS, planMediatorImport, type MediatorPlanRow } from '../mediator-csv.js';
import { readUpload } from '../read-upload.js';
import { atRow, rejectImport, type ImportResult } from '../import-result.js';

const IMPORT_NOTE = 'Gewijzigd via CSV-import';

async function applyUpdate(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, p: MediatorPlanRow) {
  const id = p.mediatorId!;
  const update = () =>
    updateMediator(trx, ctx, actor, id, {
      ...p.fields,
      ...(p.municipalityChanges ? { municipalityId: p.municipalityId } : {}),
      ...(p.nameChanges ? { name: p.name! } : {}),
    });
  const status = () => changeMediatorStatus(trx, ctx, actor, id, { status: p.status, note: IMPORT_NOTE });
  // Becoming active needs a valid registration first; leaving active must come before an old date.
  if (p.statusChanges && p.status !== 'active') await status();
  await update();
  if (p.statusChanges && p.status === 'active') await status();
}

/**
 * Imports mediators from CSV, keyed by e-mail: existing mediators are updated, accounts of the pool
 * get a profile, new people are invited by mail. The whole file is checked first; one bad row and
 * nothing is imported (and no invitation is sent). Unchanged rows are not touched.
 */
export async function importMediators(
  trx: Kysely<DB>,
  ctx: AuditContext,
  actor: Actor,
  input: { contentBase64: string; dryRun: boolean; baseUrl: string },
): Promise<ImportResult> {
  ensureCan(canRegistryCsv, actor, 'import', { poolId: actor.poolId }, 'collection');
  const { records, problems: fileProblems } = readUpload(input.contentBase64, MEDIATOR_COLUMNS);
  const { plan, problems, warnings } = await planMediatorImport(trx, actor.poolId, records, todayInAmsterdam());
  if (fileProblems.length || problems.length) rejectImport([...fileProblems, ...problems], MEDIATOR_COLUMNS);

  const result: ImportResult = {
    rows: plan.length,
    created: plan.filter((p) => p.action === 'invite' || p.action === 'create-for-user').length,
    updated: plan.filter((p) => p.action === 'update').length,
    unchanged: plan.filter((p) => p.action === 'unchanged').length,
    dryRun: input.dryRun,
    warnings,
  };
  if (input.dryRun) return result;

  for (const p of plan) {
    if (p.action === 'unchanged') continue;
    if (p.action === 'update') {
      await atRow(p.row, () => applyUpdate(trx, ctx, actor, p));
      continue;
    }
    await atRow(p.row, () =>
      createMediator(
        trx,
        ctx,
        actor,
        {
          ...(p.action === 'create-for-user' ? { userId: p.userId! } : { invite: { email: p.email, name: p.name! } }),
          municipalityId: p.municipalityId,
          status: p.status,
          statusNote: 'Opgenomen via CSV-import',
          ...p.fields,
        },
        input.baseUrl,
      ),
    );
  }
  await writeAudit(trx, ctx, { action: 'csv-import.mediators', objectType: 'pool', objectId: actor.poolId, detail: { ...result, warnings: warnings.length } });
  return result;
}
