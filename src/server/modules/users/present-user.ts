import type { User } from '../../../contract/users.js';
import { isRole } from '../../../domain/roles.js';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  roles: string[];
  municipality_id: string | null;
  municipality_name: string | null;
  active: boolean;
  locale: string;
  created_at: Date;
  last_login_at: Date | null;
}

export const presentUser = (u: UserRow): User => ({
  id: u.id,
  email: u.email,
  name: u.name,
  roles: u.roles.filter(isRole),
  municipalityId: u.municipality_id,
  municipalityName: u.municipality_name,
  active: u.active,
  locale: u.locale,
  createdAt: u.created_at.toISOString(),
  lastLoginAt: u.last_login_at?.toISOString() ?? null,
});
