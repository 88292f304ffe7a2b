import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { ProcessingActivityInput } from '../../../../contract/processing-register.js';
import { STANDARD_ACTIVITIES, isStandardActivityCode } from '../../../../domain/processing/activities.js';
import { canProcessingRegister } from '../policy.js';
import { selectPoolActivity, upsertPoolActivity } from '../repository.js';
import { cleanActivityInput } from '../activity-input.js';

const FIELDS = { name: 'name', purpose: 'purpose', legalBasis: 'legal_basis', dataCategories: 'data_categories', subjectCategories: 'subject_categories', retention: 'retention', recipients: 'recipients' } as const;

/** Rewords an activity (a standard one gets the pool's own wording; its code stays); the audit row keeps what changed, before and after. */
export async function updateActivity(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, code: string, body: ProcessingActivityInput): Promise<void> {
  ensureCan(canProcessingRegister, actor, 'list', { poolId: actor.poolId });
  const current = await selectPoolActivity(trx, actor.poolId, code, { forUpdate: true });
  if (!current && !isStandardActivityCode(code)) throw notFound();
  ensureCan(canProcessingRegister, actor, 'update', { poolId: actor.poolId });
  const input = cleanActivityInput(body);
  const before: ProcessingActivityInput = current
    ? { name: current.name, purpose: current.purpose, legalBasis: current.legal_basis, dataCategories: current.data_categories, subjectCategories: current.subject_categories, retention: current.retention, recipients: current.recipients }
    : { ...STANDARD_ACTIVITIES[code as keyof typeof STANDARD_ACTIVITIES] };
  const changes = Object.fromEntries(
    (Object.keys(FIELDS) as (keyof ProcessingActivityInput)[]).filter((k) => before[k] !== input[k]).map((k) => [k, [before[k], input[k]]]),
  );
  if (Object.keys(changes).length === 0) return;
  await upsertPoolActivity(trx, actor.poolId, code, input);
  await writeAudit(trx, ctx, { action: 'processing-activity.update', objectType: 'processing-activity', objectId: code, detail: { changes } });
}
