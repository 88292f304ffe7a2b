import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import type { EditorList } from '../../../../contract/knowledge-base.js';
import { canKnowledge } from '../policy.js';
import { poolObject } from '../load-article.js';
import { editorCandidates } from '../repository.js';

/** The pool's mediators and coordinators, and who of them edits the knowledge base (coordinators). */
export async function listEditors(db: Kysely<DB>, actor: Actor): Promise<EditorList> {
  const object = await poolObject(db, actor);
  ensureCan(canKnowledge, actor, 'manage-editors', object, 'collection');
  const rows = await editorCandidates(db, actor.poolId);
  return {
    items: rows.map((r) => ({ userId: r.id, name: r.name, roles: r.roles, editor: r.added_at !== null, addedAt: r.added_at?.toISOString() ?? null })),
    allowedActions: allowedActions(canKnowledge, actor, object, ['manage-editors']),
  };
}
