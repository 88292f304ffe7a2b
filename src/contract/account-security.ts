import { Type, type Static } from 'typebox';
import { DateTime, Nullable, Obj, Uuid } from './common.js';
import { SecondFactorStandingSchema } from './auth.js';

/**
 * Two-factor sign-in and the sessions one can see (issue 17, items 1 and 8;
 * docs/adr/0015-second-factor.md): one's own authenticator app, passkeys, recovery codes and
 * signed-in sessions, the second step of signing in, and an administrator's reset and "end all
 * sessions" for an account of the pool.
 */
export const ACCOUNT_SECURITY_ACTIONS = [
  'read-own',
  'enrol-totp',
  'remove-totp',
  'add-passkey',
  'remove-passkey',
  'regenerate-recovery-codes',
  'end-session',
  'read-user',
  'reset-second-factor',
  'end-all-sessions',
] as const;
export type AccountSecurityAction = (typeof ACCOUNT_SECURITY_ACTIONS)[number];

/** What the owner may do on the security page now. */
export const OWN_SECURITY_ACTIONS = ['enrol-totp', 'remove-totp', 'add-passkey', 'regenerate-recovery-codes'] as const satisfies readonly AccountSecurityAction[];
/** What an administrator may do with another account's second factor and sessions now. */
export const USER_SECURITY_ACTIONS = ['reset-second-factor', 'end-all-sessions'] as const satisfies readonly AccountSecurityAction[];

export const ACCOUNT_SECURITY_PROBLEMS = [
  'second-factor-required',
  'second-factor-enrolment-required',
  'totp-code-invalid',
  'totp-code-expired',
  'totp-code-reused',
  'recovery-code-invalid',
  'passkey-challenge-unusable',
  'passkey-invalid',
  'second-factor-last-required',
  'too-many-second-factor-attempts',
] as const;

export const PasskeySchema = Obj({
  id: Uuid,
  name: Type.String(),
  createdAt: DateTime,
  lastUsedAt: Nullable(DateTime),
  allowedActions: Type.Array(Type.Enum(['remove-passkey'] as const)),
});
export type Passkey = Static<typeof PasskeySchema>;

export const SecurityOverviewSchema = Obj({
  secondFactor: SecondFactorStandingSchema,
  totp: Obj({ enrolled: Type.Boolean(), confirmedAt: Nullable(DateTime) }),
  passkeys: Type.Array(PasskeySchema),
  recoveryCodesLeft: Type.Integer({ minimum: 0 }),
  rememberDeviceDays: Type.Integer(),
  allowedActions: Type.Array(Type.Enum(OWN_SECURITY_ACTIONS)),
});
export type SecurityOverview = Static<typeof SecurityOverviewSchema>;

export const TotpEnrolmentSchema = Obj({
  /** Base32, to type into an app that cannot scan. Shown during enrolment only, never again. */
  secret: Type.String(),
  otpauthUri: Type.String(),
  /** The QR code of `otpauthUri` as an SVG data URL. */
  qrCode: Type.String(),
});
export type TotpEnrolment = Static<typeof TotpEnrolmentSchema>;

const Code = Type.String({ minLength: 1, maxLength: 40 });

export const TotpConfirmationSchema = Obj({ code: Code });
export type TotpConfirmation = Static<typeof TotpConfirmationSchema>;

/** After a first factor is set up: the recovery codes, shown this once (null when the account had some already). */
export const EnrolmentResultSchema = Obj({ recoveryCodes: Nullable(Type.Array(Type.String())) });
export type EnrolmentResult = Static<typeof EnrolmentResultSchema>;

export const RecoveryCodesSchema = Obj({ recoveryCodes: Type.Array(Type.String()) });
export type RecoveryCodes = Static<typeof RecoveryCodesSchema>;

/** WebAuthn options for the browser (PublicKeyCredentialCreationOptionsJSON / RequestOptionsJSON), passed on as they are. */
export const WebAuthnOptionsSchema = Type.Unsafe<Record<string, unknown>>({ type: 'object', additionalProperties: true });

/** The browser's answer to a WebAuthn ceremony (RegistrationResponseJSON / AuthenticationResponseJSON). */
export const WebAuthnResponseSchema = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 1400 }),
    rawId: Type.String({ minLength: 1, maxLength: 1400 }),
    type: Type.Literal('public-key'),
    response: Type.Object({}, { additionalProperties: Type.Union([Type.String({ maxLength: 20000 }), Type.Array(Type.String({ maxLength: 100 }), { maxItems: 10 }), Type.Integer()]) }),
    clientExtensionResults: Type.Object({}, { additionalProperties: true }),
    authenticatorAttachment: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);

export const PasskeyRegistrationSchema = Obj({ name: Type.String({ minLength: 1, maxLength: 100 }), response: WebAuthnResponseSchema });
export type PasskeyRegistration = Static<typeof PasskeyRegistrationSchema>;

export const PasskeyAddedSchema = Obj({ passkey: PasskeySchema, recoveryCodes: Nullable(Type.Array(Type.String())) });
export type PasskeyAdded = Static<typeof PasskeyAddedSchema>;

export const PasskeyParamsSchema = Obj({ passkeyId: Uuid });

/** The second step with a code: from the authenticator app, or a recovery code. */
export const SecondStepCodeSchema = Obj({
  method: Type.Union([Type.Literal('totp'), Type.Literal('recovery')]),
  code: Code,
  rememberDevice: Type.Optional(Type.Boolean()),
});
export type SecondStepCode = Static<typeof SecondStepCodeSchema>;

export const SecondStepPasskeySchema = Obj({ response: WebAuthnResponseSchema, rememberDevice: Type.Optional(Type.Boolean()) });
export type SecondStepPasskey = Static<typeof SecondStepPasskeySchema>;

export const SignedInSessionSchema = Obj({
  id: Uuid,
  /** The browser and system, read from its user agent ("Firefox op Windows"); null when unknown. */
  device: Nullable(Type.String()),
  ip: Nullable(Type.String()),
  createdAt: DateTime,
  lastSeenAt: DateTime,
  current: Type.Boolean(),
  secondFactor: Nullable(Type.String()),
  allowedActions: Type.Array(Type.Enum(['end-session'] as const)),
});
export type SignedInSession = Static<typeof SignedInSessionSchema>;

export const SignedInSessionListSchema = Obj({ items: Type.Array(SignedInSessionSchema) });
export type SignedInSessionList = Static<typeof SignedInSessionListSchema>;

export const SessionParamsSchema = Obj({ sessionId: Uuid });

/** What an administrator sees of another account's second factor and sessions. */
export const UserSecuritySchema = Obj({
  userId: Uuid,
  totp: Type.Boolean(),
  passkeys: Type.Integer({ minimum: 0 }),
  recoveryCodesLeft: Type.Integer({ minimum: 0 }),
  activeSessions: Type.Integer({ minimum: 0 }),
  required: Type.Boolean(),
  allowedActions: Type.Array(Type.Enum(USER_SECURITY_ACTIONS)),
});
export type UserSecurity = Static<typeof UserSecuritySchema>;
