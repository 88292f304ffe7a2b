import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { ensureCan } from '../../auth/policy.js';
import { notFound } from '../../http/problem.js';
import { canKnowledge, type KnowledgePolicyObject } from './policy.js';
import { findArticle, isEditor } from './repository.js';

/** The pool's knowledge base as the policy sees it for this actor. */
export async function poolObject(db: Kysely<DB>, actor: Actor): Promise<KnowledgePolicyObject> {
  return { kind: 'pool', isEditor: await isEditor(db, actor.poolId, actor.userId) };
}

/** An article the actor may read; 404 when it is in another pool, unknown, or not marked for the actor's role. */
export async function loadArticleForActor(db: Kysely<DB>, actor: Actor, articleId: string, opts: { forUpdate?: boolean } = {}) {
  const row = await findArticle(db, actor.poolId, articleId, opts);
  if (!row) throw notFound();
  const object: KnowledgePolicyObject = { kind: 'article', forContacts: row.for_contacts, forFinance: row.for_finance, isEditor: await isEditor(db, actor.poolId, actor.userId) };
  ensureCan(canKnowledge, actor, 'read', object);
  return { row, object };
}
