import { Type, type Static } from 'typebox';
import { DateTime, Nullable, Obj, PageQuery, Role, Uuid, pageOf } from './common.js';

/** What the users policy decides: the pool's administrators manage accounts. */
export const USERS_ACTIONS = ['list', 'read', 'update'] as const;
export type UsersAction = (typeof USERS_ACTIONS)[number];

/** The problem codes the users module throws besides the general ones. */
export const USERS_PROBLEMS = ['self-lockout'] as const;

/** An account as the API shows it: to administrators, and to everyone as their own session's user. */
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
export type User = Static<typeof UserSchema>;

export const UserListQuerySchema = Obj({
  ...PageQuery,
  q: Type.Optional(Type.String({ maxLength: 200 })),
  role: Type.Optional(Role),
  active: Type.Optional(Type.Boolean()),
});
export type UserListQuery = Static<typeof UserListQuerySchema>;

export const UserPageSchema = pageOf(UserSchema);
export type UserPage = Static<typeof UserPageSchema>;

export const UserParamsSchema = Obj({ userId: Uuid });

export const UserChangesSchema = Obj({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  roles: Type.Optional(Type.Array(Role, { maxItems: 5, uniqueItems: true })),
  active: Type.Optional(Type.Boolean()),
  municipalityId: Type.Optional(Nullable(Uuid)),
});
export type UserChanges = Static<typeof UserChangesSchema>;
