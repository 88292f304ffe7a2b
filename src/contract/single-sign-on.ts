import { Type, type Static } from 'typebox';
import { DateTime, Nullable, Obj, Role, Uuid } from './common.js';

/**
 * Single sign-on with OpenID Connect (issue 17, item 2): a pool's providers, the pool's choice to
 * accept passwords or not, and the public list of "Inloggen met …" buttons on the sign-in page.
 */

/** What the single sign-on policy decides: the pool's administrators configure it. */
export const SSO_ACTIONS = ['list', 'create', 'read', 'update', 'delete', 'manage-sign-in'] as const;
export type SsoAction = (typeof SSO_ACTIONS)[number];

/** The problem codes single sign-on throws besides the general ones. */
export const SSO_PROBLEMS = ['password-sign-in-off', 'sso-not-proven'] as const;

/**
 * Why a sign-in through the provider was refused, as the sign-in page reads it from its address
 * (`/inloggen?sso-fout=…`). Deliberately coarse: a wrong state, nonce, issuer, audience or
 * signature are all "ongeldig", so the page tells an attacker nothing about which check held.
 */
export const SSO_FAILURES = ['verlopen', 'ongeldig', 'niet-geverifieerd', 'geen-account', 'geweigerd', 'niet-beschikbaar'] as const;
export type SsoFailure = (typeof SSO_FAILURES)[number];

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const ClaimName = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_:./-]+$', description: 'Naam van een claim, bijvoorbeeld email of groups' });

export const SsoRoleMappingSchema = Obj({ group: Text(200), role: Role });
export type SsoRoleMapping = Static<typeof SsoRoleMappingSchema>;

/** A provider as its administrator sees it. The client secret never leaves the server. */
export const SsoProviderSchema = Obj({
  id: Uuid,
  label: Type.String(),
  municipalityId: Nullable(Uuid),
  municipalityName: Nullable(Type.String()),
  issuer: Type.String(),
  clientId: Type.String(),
  /** Always true: a provider cannot be saved without one; the secret itself is write-only. */
  hasClientSecret: Type.Boolean(),
  scopes: Type.String(),
  emailClaim: Type.String(),
  nameClaim: Type.String(),
  groupsClaim: Type.String(),
  roleMapping: Type.Array(SsoRoleMappingSchema),
  createAccounts: Type.Boolean(),
  enabled: Type.Boolean(),
  /** The address to register at the provider as the redirect URI. */
  redirectUri: Type.String(),
  updatedAt: DateTime,
  allowedActions: Type.Array(Type.Enum(SSO_ACTIONS)),
});
export type SsoProvider = Static<typeof SsoProviderSchema>;

export const SsoProviderListSchema = Obj({
  items: Type.Array(SsoProviderSchema),
  redirectUri: Type.String(),
  allowedActions: Type.Array(Type.Enum(SSO_ACTIONS)),
});
export type SsoProviderList = Static<typeof SsoProviderListSchema>;

const providerFields = {
  label: Text(100),
  municipalityId: Type.Optional(Nullable(Uuid)),
  issuer: Type.String({ minLength: 8, maxLength: 500, description: 'https://…; http alleen voor localhost (tests)' }),
  clientId: Text(300),
  scopes: Type.Optional(Type.String({ minLength: 6, maxLength: 300, pattern: '^[\\x21-\\x7E]+( [\\x21-\\x7E]+)*$' })),
  emailClaim: Type.Optional(ClaimName),
  nameClaim: Type.Optional(ClaimName),
  groupsClaim: Type.Optional(ClaimName),
  roleMapping: Type.Optional(Type.Array(SsoRoleMappingSchema, { maxItems: 50 })),
  createAccounts: Type.Optional(Type.Boolean()),
  enabled: Type.Optional(Type.Boolean()),
};

export const SsoProviderCreateSchema = Obj({ ...providerFields, clientSecret: Text(500) });
export type SsoProviderCreate = Static<typeof SsoProviderCreateSchema>;

/** Every field optional; a client secret replaces the kept one, none keeps it. */
export const SsoProviderUpdateSchema = Obj({
  label: Type.Optional(providerFields.label),
  municipalityId: providerFields.municipalityId,
  issuer: Type.Optional(providerFields.issuer),
  clientId: Type.Optional(providerFields.clientId),
  clientSecret: Type.Optional(Text(500)),
  scopes: providerFields.scopes,
  emailClaim: providerFields.emailClaim,
  nameClaim: providerFields.nameClaim,
  groupsClaim: providerFields.groupsClaim,
  roleMapping: providerFields.roleMapping,
  createAccounts: providerFields.createAccounts,
  enabled: providerFields.enabled,
});
export type SsoProviderUpdate = Static<typeof SsoProviderUpdateSchema>;

export const SsoProviderParamsSchema = Obj({ providerId: Uuid });

/** Whether the pool still accepts passwords. */
export const SignInPolicySchema = Obj({
  passwordSignIn: Type.Boolean(),
  allowedActions: Type.Array(Type.Enum(SSO_ACTIONS)),
});
export type SignInPolicy = Static<typeof SignInPolicySchema>;

export const SignInPolicyUpdateSchema = Obj({ passwordSignIn: Type.Boolean() });
export type SignInPolicyUpdate = Static<typeof SignInPolicyUpdateSchema>;

/** The public buttons of the sign-in page: every enabled provider of the installation. */
export const SignInOptionsSchema = Obj({
  providers: Type.Array(Obj({ id: Uuid, label: Type.String() })),
});
export type SignInOptions = Static<typeof SignInOptionsSchema>;

/**
 * The provider's answer (OAuth 2.0 authorization response). Providers add parameters of their own
 * (session_state and the like), so unknown ones are ignored here rather than refused.
 */
export const SsoCallbackQuerySchema = Type.Object(
  {
    code: Type.Optional(Type.String({ maxLength: 2000 })),
    state: Type.Optional(Type.String({ maxLength: 500 })),
    iss: Type.Optional(Type.String({ maxLength: 500 })),
    error: Type.Optional(Type.String({ maxLength: 200 })),
    error_description: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: true },
);
export type SsoCallbackQuery = Static<typeof SsoCallbackQuerySchema>;
