import type { ColumnType } from 'kysely';

/** Row types of single sign-on (migration 0019). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Generated<T> = ColumnType<T, T | undefined, T>;

/** One group of the provider's groups claim and the role it grants. */
export interface SsoRoleMappingRow {
  group: string;
  role: string;
}

export interface SsoProviderTable {
  id: Generated<string>;
  pool_id: string;
  municipality_id: string | null;
  label: string;
  issuer: string;
  client_id: string;
  /** The client secret, sealed (never returned, never logged). */
  client_secret_sealed: string;
  scopes: Generated<string>;
  email_claim: Generated<string>;
  name_claim: Generated<string>;
  groups_claim: Generated<string>;
  role_mapping: ColumnType<SsoRoleMappingRow[], string, string>;
  create_accounts: Generated<boolean>;
  enabled: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SsoIdentityTable {
  provider_id: string;
  subject: string;
  user_id: string;
  created_at: Timestamp;
  last_sign_in_at: Timestamp;
}

export interface PoolSignInTable {
  pool_id: string;
  password_sign_in: Generated<boolean>;
  updated_at: Timestamp;
}

export interface SingleSignOnTables {
  sso_provider: SsoProviderTable;
  sso_identity: SsoIdentityTable;
  pool_sign_in: PoolSignInTable;
}
