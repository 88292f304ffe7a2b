import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { conflict, invalidField, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadMediatorFor } from '../load-mediator.js';
import { findStatusBasis, insertStatusChange, moveStatus } from '../repository/profiles.js';
import { registrationExpired, statusChangeProblem, type MediatorStatus } from '../../../../domain/registry/mediator-values.js';
import { todayInAmsterdam } from '../../case-status/index.js';

/**
 * Moves a mediator to another status from a date, keeping the history. A guarded update: if
 * someone else changed the status meanwhile, nothing changes and the answer is 409.
 */
export async function changeMediatorStatus(
  trx: Kysely<DB>,
  ctx: AuditContext,
  actor: Actor,
  mediatorId: string,
  input: { status: MediatorStatus; fromDate?: string | undefined; note?: string | undefined },
) {
  await loadMediatorFor(trx, actor, mediatorId, 'change-status');
  const current = await findStatusBasis(trx, actor.poolId, mediatorId);
  if (!current) throw notFound();
  const today = todayInAmsterdam();
  const fromDate = input.fromDate ?? today;
  const problem = statusChangeProblem({ status: current.status, since: current.status_since }, { status: input.status, fromDate }, today);
  if (problem) {
    if (problem.field === 'status') throw conflict(problem.reason, 'same-status');
    throw invalidField('fromDate', 'range', problem.reason);
  }
  if (registrationExpired(input.status, current.registration_expires_on, today)) {
    throw invalidField('status', 'registration-expired', `De MfN-registratie is verlopen op ${current.registration_expires_on}. Vul eerst de nieuwe vervaldatum in.`);
  }
  if (!(await moveStatus(trx, actor.poolId, mediatorId, current.status, input.status, fromDate))) throw conflict('De status is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.', 'status-changed');
  const change = await insertStatusChange(trx, { pool_id: actor.poolId, mediator_id: mediatorId, status: input.status, from_date: fromDate, note: input.note?.trim() || null, changed_by: actor.userId });
  await writeAudit(trx, ctx, {
    action: 'mediator.change-status',
    objectType: 'mediator',
    objectId: mediatorId,
    detail: { from: current.status, to: input.status, fromDate, note: input.note ?? null },
  });
  return change.id;
}
