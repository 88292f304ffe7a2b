import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { writeCsv, type CsvDelimiter } from '../../../../domain/exports/spreadsheet.js';
import type { CsvDelimiterName } from '../../../../contract/registry-csv.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { canRegistryCsv } from '../policy.js';
import { MUNICIPALITY_COLUMNS, municipalityExportRows } from '../municipality-csv.js';
import { MEDIATOR_COLUMNS, mediatorExportRows } from '../mediator-csv.js';

export interface CsvExport {
  filename: string;
  body: string;
}

const delimiterOf = (d: CsvDelimiterName | undefined): CsvDelimiter => (d === 'comma' ? ',' : ';');
const csv = (columns: readonly string[], rows: string[][], d: CsvDelimiter) => writeCsv(columns, rows, d);

/** The pool's member municipalities as a CSV file. */
export async function exportMunicipalitiesCsv(db: Kysely<DB>, actor: Actor, delimiter: CsvDelimiterName | undefined): Promise<CsvExport> {
  ensureCan(canRegistryCsv, actor, 'export', { poolId: actor.poolId }, 'collection');
  const body = csv(MUNICIPALITY_COLUMNS, await municipalityExportRows(db, actor.poolId), delimiterOf(delimiter));
  return { filename: `gemeenten-${todayInAmsterdam()}.csv`, body };
}

/** The pool's mediators as a CSV file, with e-mail addresses: the export is audited. */
export async function exportMediatorsCsv(db: Kysely<DB>, ctx: AuditContext, actor: Actor, delimiter: CsvDelimiterName | undefined): Promise<CsvExport> {
  ensureCan(canRegistryCsv, actor, 'export', { poolId: actor.poolId }, 'collection');
  const rows = await mediatorExportRows(db, actor.poolId);
  await writeAudit(db, ctx, { action: 'csv-export.mediators', objectType: 'pool', objectId: actor.poolId, purpose: 'registerexport', detail: { rows: rows.length } });
  return { filename: `mediators-${todayInAmsterdam()}.csv`, body: csv(MEDIATOR_COLUMNS, rows, delimiterOf(delimiter)) };
}
