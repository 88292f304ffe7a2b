import { sql } from 'kysely';
import type { Database } from '../../server/db/database.js';
import { hashPassword } from '../../server/auth/passwords.js';
import { randomToken, sha256 } from '../../server/auth/tokens.js';
import { checkPassword, passwordProblemText } from '../../domain/password-rules.js';
import { isRole, type Role } from '../../domain/roles.js';
import { writeAudit, systemContext } from '../../server/audit/write-audit.js';
import { CliError } from '../cli-error.js';

export interface AddUserInput {
  email: string | undefined;
  name: string | undefined;
  roles: string[];
  municipalityCode: string | undefined;
  password: string | undefined;
  baseUrl: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SET_PASSWORD_DAYS = 7;

/** `mediatorpool user add`: an account in the installation's (first) pool. */
export async function addUser(db: Database, input: AddUserInput) {
  const email = input.email?.trim();
  if (!email || !EMAIL.test(email)) throw new CliError('--email must be a valid e-mail address.');
  const name = input.name?.trim();
  if (!name) throw new CliError('--name is required.');
  if (input.roles.length === 0) throw new CliError('Give at least one --role (admin, coordinator, contact, mediator, finance).');
  const bad = input.roles.filter((r) => !isRole(r));
  if (bad.length) throw new CliError(`Unknown role(s): ${bad.join(', ')}. Use admin, coordinator, contact, mediator or finance.`);
  const roles = [...new Set(input.roles)] as Role[];
  if (input.password !== undefined) {
    const problem = checkPassword(input.password, email);
    if (problem) throw new CliError(passwordProblemText[problem]);
  }

  const pool = await db.selectFrom('pool').select('id').orderBy('created_at').limit(1).executeTakeFirst();
  if (!pool) throw new CliError('There is no pool yet. Start the server once (npm start) or run seed-demo first.');

  let municipalityId: string | null = null;
  if (input.municipalityCode) {
    const m = await db
      .selectFrom('municipality as m')
      .innerJoin('pool_member as pm', 'pm.municipality_id', 'm.id')
      .select('m.id')
      .where('pm.pool_id', '=', pool.id)
      .where('m.code', '=', input.municipalityCode.toUpperCase())
      .executeTakeFirst();
    if (!m) throw new CliError(`Municipality ${input.municipalityCode} is not a member of the pool.`);
    municipalityId = m.id;
  }

  const taken = await db.selectFrom('app_user').select('id').where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
  if (taken) throw new CliError(`An account with e-mail ${email} already exists.`);

  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  // The first administrator the command line makes on an installation without one is its platform administrator (ADR 0022).
  const platformAdmin = roles.includes('admin') && !(await db.selectFrom('app_user').select('id').where('platform_admin', '=', true).where('active', '=', true).executeTakeFirst());
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .insertInto('app_user')
      .values({ pool_id: pool.id, municipality_id: municipalityId, email, name, roles, password_hash: passwordHash, platform_admin: platformAdmin })
      .returning('id')
      .executeTakeFirstOrThrow();
    let setPasswordLink: string | undefined;
    if (!passwordHash) {
      const token = randomToken();
      await trx
        .insertInto('password_reset')
        .values({ user_id: user.id, token_hash: sha256(token), expires_at: new Date(Date.now() + SET_PASSWORD_DAYS * 86400_000) })
        .execute();
      setPasswordLink = `${input.baseUrl}/wachtwoord-herstellen/${token}`;
    }
    await writeAudit(trx, systemContext(pool.id, 'opdrachtregel'), { action: 'user.create', objectType: 'user', objectId: user.id, detail: { email, roles } });
    return { id: user.id, email, roles, setPasswordLink };
  });
}
