import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { randomToken, sha256 } from '../../../auth/tokens.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { ApiTokenCreated } from '../../../../contract/profile.js';
import { canProfile } from '../policy.js';
import { countActiveTokens, insertToken } from '../repository.js';
import { presentToken } from '../present-token.js';

const MAX_ACTIVE_TOKENS = 20;

/** Creates a personal API token. The secret is returned once and only its hash is kept. */
export async function createApiToken(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, name: string): Promise<ApiTokenCreated> {
  ensureCan(canProfile, actor, 'create-token', { userId: actor.userId }, 'collection');
  if ((await countActiveTokens(trx, actor.userId)) >= MAX_ACTIVE_TOKENS) throw conflict(`U heeft al ${MAX_ACTIVE_TOKENS} actieve tokens. Trek er eerst een in.`);

  const secret = `mp_${randomToken(30)}`;
  const row = await insertToken(trx, { userId: actor.userId, poolId: actor.poolId, name: name.trim(), tokenHash: sha256(secret), prefix: secret.slice(0, 10) });
  await writeAudit(trx, ctx, { action: 'api-token.create', objectType: 'api-token', objectId: row.id, detail: { name: row.name } });
  return { token: presentToken(actor, row), secret };
}
