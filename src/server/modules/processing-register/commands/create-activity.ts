import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { ProcessingActivityInput } from '../../../../contract/processing-register.js';
import { canProcessingRegister } from '../policy.js';
import { upsertPoolActivity } from '../repository.js';
import { cleanActivityInput } from '../activity-input.js';

/** Adds an activity of the pool's own (processing outside this software belongs in the register too); returns its code. */
export async function createActivity(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, body: ProcessingActivityInput): Promise<string> {
  ensureCan(canProcessingRegister, actor, 'create', { poolId: actor.poolId }, 'collection');
  const input = cleanActivityInput(body);
  const code = `eigen-${randomBytes(5).toString('hex')}`;
  await upsertPoolActivity(trx, actor.poolId, code, input);
  await writeAudit(trx, ctx, { action: 'processing-activity.create', objectType: 'processing-activity', objectId: code, detail: { name: input.name } });
  return code;
}
