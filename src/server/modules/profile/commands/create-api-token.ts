import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { randomToken, sha256 } from '../../../auth/tokens.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

const MAX_ACTIVE_TOKENS = 20;

/** Creates a personal API token. The secret is returned once and only its hash is kept. */
export async function createApiToken(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, name: string) {
  const active = await trx
    .selectFrom('api_token')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', actor.userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirstOrThrow();
  if (Number(active.n) >= MAX_ACTIVE_TOKENS) throw conflict(`U heeft al ${MAX_ACTIVE_TOKENS} actieve tokens. Trek er eerst een in.`);

  const secret = `mp_${randomToken(30)}`;
  const row = await trx
    .insertInto('api_token')
    .values({ user_id: actor.userId, name: name.trim(), token_hash: sha256(secret), prefix: secret.slice(0, 10) })
    .returning(['id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at'])
    .executeTakeFirstOrThrow();
  await writeAudit(trx, ctx, { action: 'api-token.create', objectType: 'api-token', objectId: row.id, detail: { name: row.name } });
  return { row, secret };
}
