import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { conflict, notFound } from '../../../http/problem.js';
import type { Initiative, InitiativeInput } from '../../../../contract/directory.js';
import { canDirectory, INITIATIVES } from '../policy.js';
import { deleteInitiative, findInitiative, updateInitiative } from '../repository.js';
import { presentInitiative } from '../present.js';
import { checkInitiativeInput } from './initiative-input.js';

/**
 * An initiative is public, so anyone may know it exists: it is looked up first (404 when unknown),
 * then only the platform administrator may change it (403 for everyone else).
 */
async function loadForChange(trx: Kysely<DB>, actor: Actor, initiativeId: string) {
  const row = await findInitiative(trx, initiativeId);
  if (!row) throw notFound('Dit initiatief staat niet (meer) in de gids.');
  ensureCan(canDirectory, actor, 'manage-initiatives', INITIATIVES, 'collection');
  return row;
}

/** The platform administrator changes an initiative; a change by someone else in between: 409. */
export async function changeInitiative(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, initiativeId: string, input: InitiativeInput): Promise<Initiative> {
  const before = await loadForChange(trx, actor, initiativeId);
  checkInitiativeInput(input);
  const row = await updateInitiative(trx, initiativeId, before.updated_at, input);
  if (!row) throw conflict('Het initiatief is intussen gewijzigd. Laad de pagina opnieuw.');
  await writeAudit(trx, ctx, { action: 'directory.initiative-update', objectType: 'directory-initiative', objectId: row.id, detail: { name: row.name, kind: row.kind } });
  return presentInitiative(row);
}

/** The platform administrator removes an initiative from the directory (the web asks for confirmation first). */
export async function removeInitiative(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, initiativeId: string): Promise<void> {
  const before = await loadForChange(trx, actor, initiativeId);
  if (!(await deleteInitiative(trx, initiativeId))) throw notFound('Dit initiatief staat niet (meer) in de gids.');
  await writeAudit(trx, ctx, { action: 'directory.initiative-delete', objectType: 'directory-initiative', objectId: initiativeId, detail: { name: before.name } });
}
