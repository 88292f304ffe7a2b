import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Role } from '../../../domain/roles.js';
import type { SsoRoleMappingRow } from '../../db/schema-single-sign-on.js';

/** All of single sign-on's SQL: providers, linked identities, the pool's password choice. */

const providerColumns = [
  'p.id',
  'p.pool_id',
  'p.municipality_id',
  'm.name as municipality_name',
  'p.label',
  'p.issuer',
  'p.client_id',
  'p.client_secret_sealed',
  'p.scopes',
  'p.email_claim',
  'p.name_claim',
  'p.groups_claim',
  'p.role_mapping',
  'p.create_accounts',
  'p.enabled',
  'p.updated_at',
] as const;

const providers = (db: Kysely<DB>) => db.selectFrom('sso_provider as p').leftJoin('municipality as m', 'm.id', 'p.municipality_id').select(providerColumns);

export type ProviderRow = NonNullable<Awaited<ReturnType<typeof findProvider>>>;

export const listProviderRows = (db: Kysely<DB>, poolId: string) => providers(db).where('p.pool_id', '=', poolId).orderBy('p.label').orderBy('p.id').execute();

/** A provider by id, whatever its pool (the caller asks the policy, or is the public sign-in). */
export const findProvider = (db: Kysely<DB>, providerId: string) => providers(db).where('p.id', '=', providerId).executeTakeFirst();

/** The enabled providers of the installation, for the sign-in page's buttons. */
export const listEnabledProviders = (db: Kysely<DB>) =>
  db.selectFrom('sso_provider').select(['id', 'label']).where('enabled', '=', true).orderBy('label').orderBy('id').execute();

export interface ProviderValues {
  label: string;
  municipality_id: string | null;
  issuer: string;
  client_id: string;
  client_secret_sealed: string;
  scopes: string;
  email_claim: string;
  name_claim: string;
  groups_claim: string;
  role_mapping: SsoRoleMappingRow[];
  create_accounts: boolean;
  enabled: boolean;
}

const jsonMapping = (m: SsoRoleMappingRow[]) => JSON.stringify(m);

export async function insertProvider(db: Kysely<DB>, poolId: string, v: ProviderValues): Promise<string> {
  const row = await db
    .insertInto('sso_provider')
    .values({ ...v, pool_id: poolId, role_mapping: jsonMapping(v.role_mapping) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The guarded update: only while the row is as it was read (same updated_at), else zero rows. */
export async function updateProvider(db: Kysely<DB>, providerId: string, readAt: Date, v: ProviderValues): Promise<boolean> {
  const res = await db
    .updateTable('sso_provider')
    .set({ ...v, role_mapping: jsonMapping(v.role_mapping), updated_at: new Date() })
    .where('id', '=', providerId)
    // The read went through a JavaScript Date (milliseconds); PostgreSQL keeps microseconds.
    .where(sql<boolean>`date_trunc('milliseconds', updated_at) = ${readAt}`)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function deleteProvider(db: Kysely<DB>, providerId: string): Promise<boolean> {
  const res = await db.deleteFrom('sso_provider').where('id', '=', providerId).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

export const municipalityInPool = (db: Kysely<DB>, poolId: string, municipalityId: string) =>
  db.selectFrom('pool_member').select('municipality_id').where('pool_id', '=', poolId).where('municipality_id', '=', municipalityId).executeTakeFirst();

/** Whether the pool accepts passwords (no row: it does). */
export async function passwordSignInOf(db: Kysely<DB>, poolId: string): Promise<boolean> {
  const row = await db.selectFrom('pool_sign_in').select('password_sign_in').where('pool_id', '=', poolId).executeTakeFirst();
  return row?.password_sign_in ?? true;
}

export async function setPasswordSignIn(db: Kysely<DB>, poolId: string, on: boolean): Promise<void> {
  await db
    .insertInto('pool_sign_in')
    .values({ pool_id: poolId, password_sign_in: on, updated_at: new Date() })
    .onConflict((oc) => oc.column('pool_id').doUpdateSet({ password_sign_in: on, updated_at: new Date() }))
    .execute();
}

/** Whether this person has signed in through one of the pool's enabled providers. */
export async function hasSignedInThroughPool(db: Kysely<DB>, poolId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('sso_identity as i')
    .innerJoin('sso_provider as p', 'p.id', 'i.provider_id')
    .select('i.user_id')
    .where('p.pool_id', '=', poolId)
    .where('p.enabled', '=', true)
    .where('i.user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

const accountColumns = ['u.id', 'u.pool_id', 'u.email', 'u.name', 'u.roles', 'u.active'] as const;

export const findLinkedAccount = (db: Kysely<DB>, providerId: string, subject: string) =>
  db
    .selectFrom('sso_identity as i')
    .innerJoin('app_user as u', 'u.id', 'i.user_id')
    .select(accountColumns)
    .where('i.provider_id', '=', providerId)
    .where('i.subject', '=', subject)
    .executeTakeFirst();

export const findAccountByEmail = (db: Kysely<DB>, email: string) =>
  db.selectFrom('app_user as u').select(accountColumns).where(sql<boolean>`lower(u.email) = ${email}`).executeTakeFirst();

export async function insertIdentity(db: Kysely<DB>, providerId: string, subject: string, userId: string): Promise<void> {
  await db.insertInto('sso_identity').values({ provider_id: providerId, subject, user_id: userId, created_at: new Date(), last_sign_in_at: new Date() })
    .onConflict((oc) => oc.columns(['provider_id', 'subject']).doNothing())
    .execute();
}

export async function touchIdentity(db: Kysely<DB>, providerId: string, subject: string): Promise<void> {
  await db.updateTable('sso_identity').set({ last_sign_in_at: new Date() }).where('provider_id', '=', providerId).where('subject', '=', subject).execute();
}

export async function insertSsoAccount(
  db: Kysely<DB>,
  v: { poolId: string; municipalityId: string | null; email: string; name: string; roles: Role[] },
): Promise<string> {
  const row = await db
    .insertInto('app_user')
    .values({ pool_id: v.poolId, municipality_id: v.municipalityId, email: v.email, name: v.name, password_hash: null, roles: v.roles, created_at: new Date(), updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The guarded role change: only if the roles are still those read at the start of the sign-in. */
export async function updateRoles(db: Kysely<DB>, userId: string, from: string[], to: Role[]): Promise<boolean> {
  const res = await db
    .updateTable('app_user')
    .set({ roles: to, updated_at: new Date() })
    .where('id', '=', userId)
    .where(sql<boolean>`roles = ${sql.val(from)}::text[]`)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
