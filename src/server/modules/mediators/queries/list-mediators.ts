import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { MEDIATOR_COLLECTION_ACTIONS, type MediatorPage, type MediatorQuery } from '../../../../contract/mediators.js';
import { canMediator } from '../policy.js';
import { searchMediators } from '../repository/profiles.js';
import { presentMediator } from '../present-mediator.js';

/**
 * The register, searched and filtered. Everyone in the pool sees it; the keepers (who see e-mail
 * addresses) also search e-mail and department, and their look at the list is audited.
 */
export async function listMediators(db: Kysely<DB>, ctx: AuditContext, actor: Actor, query: MediatorQuery): Promise<MediatorPage> {
  const pool = { poolId: actor.poolId };
  ensureCan(canMediator, actor, 'list', pool, 'collection');
  const { page = 1, pageSize = 25, q, status, kind, municipalityId, specialism, language } = query;
  const keeper = canMediator(actor, 'update', pool);
  const { rows, total } = await searchMediators(db, actor.poolId, { q, searchContactDetails: keeper, status, kind, municipalityId, specialism, language, page, pageSize });
  if (keeper && rows.length) {
    await writeAudit(db, ctx, { action: 'mediator.list', objectType: 'mediator', objectId: actor.poolId, purpose: 'registeroverzicht', detail: { count: rows.length, q: q ?? null } });
  }
  return {
    items: rows.map((r) => presentMediator(r, actor)),
    page,
    pageSize,
    total,
    allowedActions: allowedActions(canMediator, actor, pool, MEDIATOR_COLLECTION_ACTIONS),
  };
}
