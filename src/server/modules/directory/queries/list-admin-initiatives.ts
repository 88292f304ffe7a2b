import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { DIRECTORY_ACTIONS, type AdminInitiativeList } from '../../../../contract/directory.js';
import { canDirectory, INITIATIVES } from '../policy.js';
import { listInitiatives } from '../repository.js';
import { presentInitiative } from '../present.js';

/** The platform administrator's list of initiatives, to add, change and remove them. */
export async function listAdminInitiatives(db: Kysely<DB>, actor: Actor): Promise<AdminInitiativeList> {
  ensureCan(canDirectory, actor, 'manage-initiatives', INITIATIVES, 'collection');
  const rows = await listInitiatives(db);
  return { items: rows.map(presentInitiative), allowedActions: allowedActions(canDirectory, actor, INITIATIVES, DIRECTORY_ACTIONS) };
}
