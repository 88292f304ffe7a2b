import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { type Actor, hasRole } from '../../../auth/actor.js';
import { compareIsoDates, type IsoDate } from '../../../../domain/calendar/iso-date.js';
import { isOpen, type CaseStatus } from '../../../../domain/cases/case-status.js';
import { conflict, forbidden, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadCaseForActor, recordCaseEvent, todayInAmsterdam } from '../../case-status/index.js';

/** Records the first contact with the parties: it stops the first-contact clock. */
export async function recordFirstContact(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, date: string) {
  const { row, access, isAssignedMediator } = await loadCaseForActor(trx, actor, caseId);
  if (access !== 'full' || !(hasRole(actor, 'coordinator') || isAssignedMediator)) {
    throw forbidden('Alleen de coördinator of de mediator van de zaak legt het eerste contact vast.');
  }
  if (!isOpen(row.status as CaseStatus)) throw conflict('Deze zaak is afgesloten.');
  if (compareIsoDates(date as IsoDate, todayInAmsterdam()) > 0) throw invalidField('date', 'in-future', 'De datum kan niet in de toekomst liggen.');
  if (compareIsoDates(date as IsoDate, row.referred_on as IsoDate) < 0) throw invalidField('date', 'before-referral', 'De datum ligt voor de aanmelding.');
  await trx.updateTable('mediation_case').set({ first_contact_on: date, updated_at: new Date() }).where('id', '=', row.id).execute();
  await recordCaseEvent(trx, ctx, { poolId: row.pool_id, caseId: row.id, kind: 'first_contact', detail: { date } });
  await writeAudit(trx, ctx, { action: 'case.first-contact', objectType: 'case', objectId: row.id, detail: { date } });
}
