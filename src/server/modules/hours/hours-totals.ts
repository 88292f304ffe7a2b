import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { findEntries, type EntryRow } from './queries.js';
import { totalsOf } from './present-entry.js';

/** Totals per case and per mediator of the entries dated in [from, to]. */
export async function hoursTotals(db: Kysely<DB>, poolId: string, from: string, to: string) {
  const rows = await findEntries(db, poolId, { from, to });
  const group = <K extends string>(key: (e: EntryRow) => K) => {
    const map = new Map<K, EntryRow[]>();
    for (const e of rows) map.set(key(e), [...(map.get(key(e)) ?? []), e]);
    return map;
  };
  const perCase = [...group((e) => e.case_id).values()]
    .map((list) => ({ caseId: list[0]!.case_id, caseNumber: list[0]!.case_number, municipality: list[0]!.user_name, ...totalsOf(list) }))
    .sort((a, b) => a.caseNumber.localeCompare(b.caseNumber));
  const perMediator = [...group((e) => e.mediator_id).values()]
    .map((list) => ({ mediatorId: list[0]!.mediator_id, name: list[0]!.mediator_name ?? '(uitgenodigd)', municipality: list[0]!.supplier_name, ...totalsOf(list) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { from, to, perCase, perMediator, totals: totalsOf(rows) };
}
