import { sql } from 'kysely';
import type { Database } from './database.js';

/**
 * The PostgreSQL role the server works as, and exactly the privileges it holds
 * (docs/adr/0011-runtime-database-role.md). The tables, triggers and functions belong to the
 * owner, who runs the migrations; the runtime role owns nothing, so it can neither disable nor
 * replace a trigger, nor alter, truncate or drop a table. Of the tables it may read and write,
 * the history tables below take new rows only: their rows never change and are never removed.
 */

/** History: the runtime role may read and add rows, never change or remove them. */
export const APPEND_ONLY_TABLES = ['audit_event', 'audit_chain', 'case_event', 'mediator_status_change', 'settlement_position', 'lent_hours_settled', 'knowledge_article_version', 'knowledge_document_version'] as const;

/** Kysely's migration bookkeeping: readable (the schema version, diagnostics), never writable. */
const READ_ONLY_TABLES = ['kysely_migration', 'kysely_migration_lock'] as const;

/** Serialises role set-up between instances that start at once (CREATE ROLE and GRANT race otherwise). */
const RUNTIME_ROLE_LOCK = 7270002;

/** A runtime role that could get around the database's own guards: the server refuses to start. */
export class DatabaseRoleError extends Error {}

/** The restricted role the server creates for itself when it has one URL only: `<database>_app`. */
export function runtimeRoleName(database: string): string {
  const base = database.toLowerCase().replace(/[^a-z0-9_]/g, '_').replace(/^([^a-z_])/, '_$1');
  return `${base.slice(0, 59)}_app`;
}

export interface LoginRole {
  role: string;
  database: string;
  superuser: boolean;
  createRole: boolean;
  /** Is (or may become) the owner of the application's tables. */
  ownsTables: boolean;
}

/** Who this connection is, and what it may do with the tables. */
export async function describeLoginRole(db: Database): Promise<LoginRole> {
  const { rows } = await sql<{ role: string; database: string; rolsuper: boolean; rolcreaterole: boolean; owns: boolean }>`
    SELECT current_user AS role, current_database() AS database, r.rolsuper, r.rolcreaterole,
           coalesce((SELECT pg_has_role(current_user, c.relowner, 'MEMBER') FROM pg_class c
                     WHERE c.oid = to_regclass('public.audit_event')), false) AS owns
    FROM pg_roles r WHERE r.rolname = current_user`.execute(db);
  const r = rows[0]!;
  return { role: r.role, database: r.database, superuser: r.rolsuper, createRole: r.rolcreaterole, ownsTables: r.owns };
}

/**
 * As the owner, after the migrations: creates the runtime role when asked (login-less, granted to
 * the owner so its connections may work as it) and gives it exactly its privileges on every
 * table there is now. Run after every migration, so a new table gets them as well; one
 * transaction, so a running instance never sees the role without them.
 */
export async function prepareRuntimeRole(owner: Database, role: string, opts: { create: boolean }): Promise<void> {
  const r = sql.id(role);
  await owner.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${RUNTIME_ROLE_LOCK})`.execute(trx);
    if (opts.create) {
      const exists = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_roles WHERE rolname = ${role}`.execute(trx);
      if (exists.rows[0]!.n === 0) await sql`CREATE ROLE ${r} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS`.execute(trx);
      const member = await sql<{ ok: boolean }>`SELECT pg_has_role(current_user, ${role}, 'MEMBER') AS ok`.execute(trx);
      if (!member.rows[0]!.ok) await sql`GRANT ${r} TO CURRENT_USER`.execute(trx);
    }
    await sql`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${r}`.execute(trx);
    await sql`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${r}`.execute(trx);
    await sql`GRANT USAGE ON SCHEMA public TO ${r}`.execute(trx);
    await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`.execute(trx);
    await sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`.execute(trx);
    const existing = async (tables: readonly string[]) => {
      const { rows } = await sql<{ name: string }>`
        SELECT c.relname AS name FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY(${[...tables]})`.execute(trx);
      return rows.map((x) => sql.id(x.name));
    };
    const appendOnly = await existing(APPEND_ONLY_TABLES);
    if (appendOnly.length) await sql`REVOKE UPDATE, DELETE ON ${sql.join(appendOnly)} FROM ${r}`.execute(trx);
    const readOnly = await existing(READ_ONLY_TABLES);
    if (readOnly.length) await sql`REVOKE INSERT, UPDATE, DELETE ON ${sql.join(readOnly)} FROM ${r}`.execute(trx);
  });
}

/** What would let `role` get around the database's guards; empty when it is safe to run as. */
export async function runtimeRoleProblems(db: Database, role: string): Promise<string[]> {
  const { rows } = await sql<{ missing: boolean; rolsuper: boolean; rolcreaterole: boolean; rolbypassrls: boolean; owns: boolean; schema: boolean; database: boolean }>`
    SELECT r.oid IS NULL AS missing, coalesce(r.rolsuper, false) AS rolsuper, coalesce(r.rolcreaterole, false) AS rolcreaterole,
           coalesce(r.rolbypassrls, false) AS rolbypassrls,
           coalesce(EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND pg_has_role(r.oid, c.relowner, 'MEMBER')), false) AS owns,
           coalesce((SELECT pg_has_role(r.oid, n.nspowner, 'MEMBER') FROM pg_namespace n WHERE n.nspname = 'public'), false) AS schema,
           coalesce((SELECT pg_has_role(r.oid, d.datdba, 'MEMBER') FROM pg_database d WHERE d.datname = current_database()), false) AS database
    FROM (SELECT 1) one LEFT JOIN pg_roles r ON r.rolname = ${role}`.execute(db);
  const p = rows[0]!;
  if (p.missing) return [`role "${role}" does not exist`];
  const problems: string[] = [];
  if (p.rolsuper) problems.push('is a superuser');
  if (p.rolcreaterole) problems.push('may create roles (and so grant itself the owner)');
  if (p.rolbypassrls) problems.push('bypasses row security');
  if (p.owns) problems.push('owns (or is a member of the owner of) tables in the schema');
  if (p.schema) problems.push('owns (or is a member of the owner of) the schema public');
  if (p.database) problems.push('owns (or is a member of the owner of) the database');
  return problems.map((x) => `role "${role}" ${x}`);
}
