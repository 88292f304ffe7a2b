import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { authorize } from '../../../auth/authorize.js';
import { invalidField, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadCaseForActor } from '../../cases/load-case.js';
import { todayInAmsterdam } from '../../cases/pool-calendar.js';
import { canExternalCosts } from '../policy.js';

export interface ExternalCostInput {
  externalName: string;
  organisation?: string | null | undefined;
  hourlyRateCents: number;
  minutes: number;
  declaredOn: string;
  note?: string | null | undefined;
}

/** Records hours an external (paid) mediator declared on a case, at the agreed rate. */
export async function declareExternalCost(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: ExternalCostInput) {
  authorize(canExternalCosts(actor, 'manage'), 'collection');
  const { row } = await loadCaseForActor(trx, actor, caseId);
  const name = input.externalName.trim();
  if (!name) throw invalidField('externalName', 'required', 'Vul de naam van de externe mediator in.');
  if (input.declaredOn > todayInAmsterdam()) throw invalidField('declaredOn', 'future', 'De datum van de declaratie kan niet in de toekomst liggen.');
  const inserted = await trx
    .insertInto('external_mediator_cost')
    .values({
      pool_id: row.pool_id,
      case_id: row.id,
      external_name: name,
      organisation: input.organisation?.trim() || null,
      hourly_rate_cents: input.hourlyRateCents,
      minutes: input.minutes,
      declared_on: input.declaredOn,
      note: input.note?.trim() || null,
      created_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(trx, ctx, { action: 'external-cost.declare', objectType: 'external-cost', objectId: inserted.id, detail: { caseId: row.id, minutes: input.minutes, hourlyRateCents: input.hourlyRateCents } });
  return inserted.id;
}

export async function removeExternalCost(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, id: string) {
  authorize(canExternalCosts(actor, 'manage'), 'collection');
  const row = await trx.selectFrom('external_mediator_cost').selectAll().where('id', '=', id).where('pool_id', '=', actor.poolId).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  await trx.deleteFrom('external_mediator_cost').where('id', '=', id).execute();
  await writeAudit(trx, ctx, { action: 'external-cost.remove', objectType: 'external-cost', objectId: id, detail: { caseId: row.case_id, minutes: row.minutes, hourlyRateCents: row.hourly_rate_cents } });
}
