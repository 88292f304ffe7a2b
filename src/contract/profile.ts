import { Type, type Static } from 'typebox';
import { DateTime, Nullable, Obj, Uuid } from './common.js';
import { PASSWORD_MAX_LENGTH } from '../domain/password-rules.js';

/**
 * What the profile policy decides: everyone manages their own profile, password and API tokens;
 * a token of someone else is not there (404).
 */
export const PROFILE_ACTIONS = ['update', 'change-password', 'list-tokens', 'create-token', 'revoke-token'] as const;
export type ProfileAction = (typeof PROFILE_ACTIONS)[number];

/** What the caller may do with one of their API tokens now (revoke while it works). */
export const API_TOKEN_ACTIONS = ['revoke-token'] as const satisfies readonly ProfileAction[];

/** The problem codes the profile module throws besides the general ones (field reasons come as invalid-input). */
export const PROFILE_PROBLEMS = ['conflict', 'too-many-password-attempts'] as const;

export const ProfileChangesSchema = Obj({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  locale: Type.Optional(Type.Union([Type.Literal('nl'), Type.Literal('en')])),
});
export type ProfileChanges = Static<typeof ProfileChangesSchema>;

export const PasswordChangeSchema = Obj({
  currentPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  newPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
});
export type PasswordChange = Static<typeof PasswordChangeSchema>;

export const ApiTokenSchema = Obj({
  id: Uuid,
  name: Type.String(),
  prefix: Type.String(),
  createdAt: DateTime,
  lastUsedAt: Nullable(DateTime),
  revokedAt: Nullable(DateTime),
  allowedActions: Type.Array(Type.Enum(API_TOKEN_ACTIONS), { description: 'Wat u nu met dit token mag doen' }),
});
export type ApiToken = Static<typeof ApiTokenSchema>;

export const ApiTokenListSchema = Obj({ items: Type.Array(ApiTokenSchema) });
export type ApiTokenList = Static<typeof ApiTokenListSchema>;

export const ApiTokenBodySchema = Obj({ name: Type.String({ minLength: 1, maxLength: 100 }) });
export type ApiTokenInput = Static<typeof ApiTokenBodySchema>;

export const ApiTokenCreatedSchema = Obj({ token: ApiTokenSchema, secret: Type.String() });
export type ApiTokenCreated = Static<typeof ApiTokenCreatedSchema>;

export const ApiTokenParamsSchema = Obj({ tokenId: Uuid });
