import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { Initiative, InitiativeInput } from '../../../../contract/directory.js';
import { canDirectory, INITIATIVES } from '../policy.js';
import { insertInitiative } from '../repository.js';
import { presentInitiative } from '../present.js';
import { checkInitiativeInput } from './initiative-input.js';

/** The platform administrator adds an initiative to the public directory. */
export async function createInitiative(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: InitiativeInput): Promise<Initiative> {
  ensureCan(canDirectory, actor, 'manage-initiatives', INITIATIVES, 'collection');
  checkInitiativeInput(input);
  const row = await insertInitiative(trx, input);
  await writeAudit(trx, ctx, { action: 'directory.initiative-create', objectType: 'directory-initiative', objectId: row.id, detail: { name: row.name, kind: row.kind } });
  return presentInitiative(row);
}
