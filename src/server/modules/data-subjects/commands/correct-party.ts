import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { badRequest, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { PartyCorrection } from '../../../../contract/data-subjects.js';
import { canDataSubject } from '../policy.js';
import { correctPartyRows, partyRows } from '../repository.js';

/**
 * Corrects a party's details (AVG art. 16) on every case of the same person that is not
 * destroyed. The audit row names the fields that changed, never their old or new values.
 */
export async function correctParty(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, partyId: string, input: PartyCorrection): Promise<{ rows: number }> {
  // The party looked up first: whoever may not act on it (another pool, another role) gets 404, never 403.
  const rows = await partyRows(trx, actor.poolId, partyId);
  if (!rows.some((r) => r.id === partyId)) throw notFound();
  ensureCan(canDataSubject, actor, 'correct', { poolId: actor.poolId, kind: 'party' });
  const values: { name?: string; email?: string | null; phone?: string | null; organisation?: string | null; department?: string | null } = {};
  if (input.name !== undefined) {
    if (input.name.trim() === '') throw badRequest('Vul een naam in.', [{ name: 'name', code: 'required', reason: 'Vul een naam in.' }]);
    values.name = input.name.trim();
  }
  for (const field of ['email', 'phone', 'organisation', 'department'] as const) {
    const v = input[field];
    if (v !== undefined) values[field] = v.trim() === '' ? null : v.trim();
  }
  if (Object.keys(values).length === 0) throw badRequest('Er is niets om te corrigeren.', [{ name: 'name', code: 'required', reason: 'Geef ten minste één gegeven.' }]);
  const ids = rows.filter((r) => !r.destroyed).map((r) => r.id);
  const changed = await correctPartyRows(trx, actor.poolId, ids, values);
  await writeAudit(trx, ctx, { action: 'data-subject.correct', objectType: 'party', objectId: partyId, detail: { fields: Object.keys(values), rows: changed, caseIds: [...new Set(rows.map((r) => r.case_id))] } });
  return { rows: changed };
}
