import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { authorize } from '../../../auth/authorize.js';
import { conflict, invalidField, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadCaseForActor, todayInAmsterdam } from '../../case-status/index.js';
import { canExternalCosts } from '../policy.js';

export interface ExternalCostInput {
  /** The external mediator's engagement on this case, as matching recorded it. */
  externalAssignmentId: string;
  minutes: number;
  declaredOn: string;
  note?: string | null | undefined;
}

/**
 * Records hours an external (paid) mediator declared on a case. Name, organisation and rate come
 * from the engagement matching recorded, so costs follow the agreed rate and cannot be booked on a
 * case that never had an external mediator. A released engagement still takes late declarations.
 */
export async function declareExternalCost(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: ExternalCostInput) {
  authorize(canExternalCosts(actor, 'manage'), 'collection');
  const { row } = await loadCaseForActor(trx, actor, caseId);
  if (input.declaredOn > todayInAmsterdam()) throw invalidField('declaredOn', 'future', 'De datum van de declaratie kan niet in de toekomst liggen.');
  const engagement = await trx
    .selectFrom('external_mediator_assignment')
    .select(['id', 'name', 'organisation', 'agreed_rate_cents', 'status'])
    .where('id', '=', input.externalAssignmentId)
    .where('case_id', '=', row.id)
    .where('pool_id', '=', row.pool_id)
    .executeTakeFirst();
  if (!engagement) {
    throw invalidField('externalAssignmentId', 'not-on-case', 'Deze externe mediator is niet via de matching op deze zaak ingezet.');
  }
  if (engagement.status !== 'assigned' && engagement.status !== 'released') {
    throw conflict('Deze externe mediator is (nog) niet ingezet: pas na de instemming van de partijen kunnen uren worden gedeclareerd.', 'external-mediator-not-engaged');
  }
  const inserted = await trx
    .insertInto('external_mediator_cost')
    .values({
      pool_id: row.pool_id,
      case_id: row.id,
      external_assignment_id: engagement.id,
      external_name: engagement.name,
      organisation: engagement.organisation,
      hourly_rate_cents: engagement.agreed_rate_cents,
      minutes: input.minutes,
      declared_on: input.declaredOn,
      note: input.note?.trim() || null,
      created_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(trx, ctx, { action: 'external-cost.declare', objectType: 'external-cost', objectId: inserted.id, detail: { caseId: row.id, externalAssignmentId: engagement.id, minutes: input.minutes, hourlyRateCents: engagement.agreed_rate_cents } });
  return inserted.id;
}

export async function removeExternalCost(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, id: string) {
  authorize(canExternalCosts(actor, 'manage'), 'collection');
  const row = await trx.selectFrom('external_mediator_cost').selectAll().where('id', '=', id).where('pool_id', '=', actor.poolId).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  await trx.deleteFrom('external_mediator_cost').where('id', '=', id).execute();
  await writeAudit(trx, ctx, { action: 'external-cost.remove', objectType: 'external-cost', objectId: id, detail: { caseId: row.case_id, minutes: row.minutes, hourlyRateCents: row.hourly_rate_cents } });
}
