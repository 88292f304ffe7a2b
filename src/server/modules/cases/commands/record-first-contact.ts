import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { compareIsoDates, type IsoDate } from '../../../../domain/calendar/iso-date.js';
import { isOpen, type CaseStatus } from '../../../../domain/cases/case-status.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadCaseForActor, recordCaseEvent, todayInAmsterdam } from '../../case-status/index.js';
import { ensureCan } from '../../../auth/policy.js';
import { canCase, refuseUnlessRoleMay } from '../policy.js';
import { updateCaseFields } from '../repository/index.js';

/** Records the first contact with the parties: it stops the first-contact clock. */
export async function recordFirstContact(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, date: string) {
  const loaded = await loadCaseForActor(trx, actor, caseId);
  ensureCan(canCase, actor, 'read', loaded);
  refuseUnlessRoleMay(actor, 'recordFirstContact', loaded, 'Alleen de coördinator of de mediator van de zaak legt het eerste contact vast.');
  const { row } = loaded;
  if (!isOpen(row.status as CaseStatus)) throw conflict('Deze zaak is afgesloten.');
  if (compareIsoDates(date as IsoDate, todayInAmsterdam()) > 0) throw invalidField('date', 'in-future', 'De datum kan niet in de toekomst liggen.');
  if (compareIsoDates(date as IsoDate, row.referred_on as IsoDate) < 0) throw invalidField('date', 'before-referral', 'De datum ligt voor de aanmelding.');
  await updateCaseFields(trx, row.id, { first_contact_on: date });
  await recordCaseEvent(trx, ctx, { poolId: row.pool_id, caseId: row.id, kind: 'first_contact', detail: { date } });
  await writeAudit(trx, ctx, { action: 'case.first-contact', objectType: 'case', objectId: row.id, detail: { date } });
}
