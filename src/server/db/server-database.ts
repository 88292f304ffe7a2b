import { openDatabase, type DatabaseHandle } from './database.js';
import { migrateToLatest } from './migrator.js';
import { DatabaseRoleError, describeLoginRole, prepareRuntimeRole, runtimeRoleName, runtimeRoleProblems } from './runtime-role.js';

/**
 * How the server reaches its data (docs/adr/0011-runtime-database-role.md):
 * - `embedded`: PGlite, one process, no roles to speak of;
 * - `login`: PostgreSQL, DATABASE_URL logs in as a role that owns nothing (the recommended set-up,
 *   with DATABASE_OWNER_URL for the migrations, or migrated beforehand);
 * - `set-role`: PostgreSQL, one DATABASE_URL of a role that may create roles; it migrates, then every
 *   connection works as the login-less `<database>_app`, which owns nothing;
 * - `unrestricted`: PostgreSQL, one DATABASE_URL of the owner that may not create roles: it works as
 *   the owner, and the start message says so.
 */
export type DatabaseAccess =
  | { kind: 'embedded' }
  | { kind: 'login'; role: string }
  | { kind: 'set-role'; role: string; loginRole: string }
  | { kind: 'unrestricted'; role: string };

export interface ServerDatabase {
  /** The database as the runtime role: what the app, the jobs and the CLI commands use. */
  handle: DatabaseHandle;
  /** The migrations this start applied. */
  applied: string[];
  access: DatabaseAccess;
}

export interface OpenServerDatabaseOptions {
  /** The runtime role's URL; without it PGlite in `dataDir` (or in memory). */
  databaseUrl?: string | undefined;
  /** The owner's URL, for the migrations and the runtime role's privileges. */
  databaseOwnerUrl?: string | undefined;
  dataDir?: string | undefined;
  poolSize?: number;
}

/** Opens the database, migrates it as the owner and hands back the runtime role's connections. */
export async function openServerDatabase(opts: OpenServerDatabaseOptions): Promise<ServerDatabase> {
  if (!opts.databaseUrl) {
    if (opts.databaseOwnerUrl) throw new DatabaseRoleError('DATABASE_OWNER_URL needs DATABASE_URL: the role the server works as.');
    const handle = await openDatabase({ dataDir: opts.dataDir, poolSize: opts.poolSize });
    try {
      return { handle, applied: await migrateToLatest(handle.db), access: { kind: 'embedded' } };
    } catch (err) {
      await handle.close();
      throw err;
    }
  }
  const runtimeUrl = opts.databaseUrl;
  const owner = await openDatabase({ databaseUrl: opts.databaseOwnerUrl ?? runtimeUrl, poolSize: 1 });
  let prepared: { applied: string[]; access: DatabaseAccess; role?: string };
  try {
    const applied = await migrateToLatest(owner.db);
    const me = await describeLoginRole(owner.db);
    prepared = await prepareAccess(owner, me, { applied, runtimeUrl, separateOwner: Boolean(opts.databaseOwnerUrl) });
  } finally {
    await owner.close();
  }
  const handle = await openDatabase({ databaseUrl: runtimeUrl, poolSize: opts.poolSize, role: prepared.role });
  try {
    const now = await describeLoginRole(handle.db);
    const expected = 'role' in prepared.access ? prepared.access.role : undefined;
    if (now.role !== expected) throw new DatabaseRoleError(`The server's connections work as "${now.role}", not as "${expected}".`);
  } catch (err) {
    await handle.close();
    throw err;
  }
  return { handle, applied: prepared.applied, access: prepared.access };
}

async function prepareAccess(
  owner: DatabaseHandle,
  me: Awaited<ReturnType<typeof describeLoginRole>>,
  opts: { applied: string[]; runtimeUrl: string; separateOwner: boolean },
): Promise<{ applied: string[]; access: DatabaseAccess; role?: string }> {
  const { applied } = opts;
  if (opts.separateOwner) {
    if (!me.ownsTables) throw new DatabaseRoleError(`DATABASE_OWNER_URL logs in as "${me.role}", which does not own the tables of database "${me.database}".`);
    const probe = await openDatabase({ databaseUrl: opts.runtimeUrl, poolSize: 1 });
    let runtime;
    try {
      runtime = await describeLoginRole(probe.db);
    } finally {
      await probe.close();
    }
    if (runtime.database !== me.database) {
      throw new DatabaseRoleError(`DATABASE_URL is database "${runtime.database}", DATABASE_OWNER_URL is "${me.database}": they must be the same database.`);
    }
    await refuseUnsafe(owner, runtime.role, 'DATABASE_URL');
    await prepareRuntimeRole(owner.db, runtime.role, { create: false });
    return { applied, access: { kind: 'login', role: runtime.role } };
  }
  if (!me.ownsTables) {
    // Already a restricted role (migrated beforehand by the owner): it works as itself.
    await refuseUnsafe(owner, me.role, 'DATABASE_URL');
    return { applied, access: { kind: 'login', role: me.role } };
  }
  if (me.superuser || me.createRole) {
    const role = runtimeRoleName(me.database);
    await prepareRuntimeRole(owner.db, role, { create: true });
    await refuseUnsafe(owner, role, `the runtime role for DATABASE_URL`);
    return { applied, access: { kind: 'set-role', role, loginRole: me.role }, role };
  }
  return { applied, access: { kind: 'unrestricted', role: me.role } };
}

async function refuseUnsafe(owner: DatabaseHandle, role: string, what: string): Promise<void> {
  const problems = await runtimeRoleProblems(owner.db, role);
  if (problems.length === 0) return;
  throw new DatabaseRoleError(
    [
      `${what}: the server must work as a PostgreSQL role that owns nothing, so that the database itself holds it to the`,
      'append-only audit log and to final settlements. Give DATABASE_URL such a role and DATABASE_OWNER_URL the owner',
      '(see README.md, "PostgreSQL"). Found:',
      ...problems.map((p) => `  - ${p}`),
    ].join('\n'),
  );
}

/** One line for the start message: which role the server works as. */
export function describeDatabaseAccess(access: DatabaseAccess): string {
  switch (access.kind) {
    case 'embedded':
      return '';
    case 'login':
      return `It works as PostgreSQL role "${access.role}", which owns nothing.`;
    case 'set-role':
      return `It works as PostgreSQL role "${access.role}", which owns nothing (created for it; it logs in as "${access.loginRole}").`;
    case 'unrestricted':
      return [
        `Warning: it works as PostgreSQL role "${access.role}", which owns the tables and may not create roles, so the database`,
        'cannot hold the server to the audit log and final settlements. Set DATABASE_OWNER_URL (README.md, "PostgreSQL").',
      ].join('\n');
  }
}
