import { Type } from 'typebox';
import { Nullable, Obj, Role, Uuid, DateTime } from '../../../contract/common.js';

export const UserSchema = Obj({
  id: Uuid,
  email: Type.String(),
  name: Type.String(),
  roles: Type.Array(Role),
  municipalityId: Nullable(Uuid),
  municipalityName: Nullable(Type.String()),
  active: Type.Boolean(),
  locale: Type.String(),
  createdAt: DateTime,
  lastLoginAt: Nullable(DateTime),
});

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

export const presentUser = (u: UserRow) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  roles: u.roles as ('admin' | 'coordinator' | 'contact' | 'mediator' | 'finance')[],
  municipalityId: u.municipality_id,
  municipalityName: u.municipality_name,
  active: u.active,
  locale: u.locale,
  createdAt: u.created_at.toISOString(),
  lastLoginAt: u.last_login_at?.toISOString() ?? null,
});
