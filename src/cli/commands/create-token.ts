import { sql } from 'kysely';
import type { Database } from '../../server/db/database.js';
import { randomToken, sha256 } from '../../server/auth/tokens.js';
import { writeAudit, systemContext } from '../../server/audit/write-audit.js';
import { CliError } from '../cli-error.js';

/** `mediatorpool token create`: a personal API token for scripts, printed once. */
export async function createTokenForUser(db: Database, input: { email: string | undefined; name: string | undefined }): Promise<string> {
  if (!input.email) throw new CliError('--email is required.');
  const name = input.name?.trim();
  if (!name) throw new CliError('--name is required (what the token is for, e.g. "HR-koppeling").');
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'pool_id', 'active'])
    .where(sql`lower(email)`, '=', input.email.trim().toLowerCase())
    .executeTakeFirst();
  if (!user) throw new CliError(`No account with e-mail ${input.email}.`);
  if (!user.active) throw new CliError(`The account ${input.email} is deactivated.`);
  const secret = `mp_${randomToken(30)}`;
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('api_token')
      .values({ user_id: user.id, pool_id: user.pool_id, name, token_hash: sha256(secret), prefix: secret.slice(0, 10) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, systemContext(user.pool_id, 'opdrachtregel'), { action: 'api-token.create', objectType: 'api-token', objectId: row.id, detail: { name, for: input.email } });
  });
  return secret;
}
