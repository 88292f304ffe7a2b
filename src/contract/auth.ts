import { Type, type Static } from 'typebox';
import { Email, Nullable, Obj } from './common.js';
import { UserSchema } from './users.js';
import { PASSWORD_MAX_LENGTH } from '../domain/password-rules.js';

/** What the auth policy decides: one's own session is read and ended by oneself. */
export const AUTH_ACTIONS = ['read-session', 'log-out'] as const;
export type AuthAction = (typeof AUTH_ACTIONS)[number];

/**
 * The areas and pool-wide actions a signed-in person may open, sent with the session so the web
 * builds its menu, start page and page guards from them instead of from roles. The server computes
 * them in one place (modules/auth/session-actions.ts) from the modules' policies.
 */
export const SESSION_ACTIONS = [
  'cases.list',
  'cases.refer',
  'cases.referAny',
  'cases.oversee',
  'cases.triage',
  'registry.read',
  'registry.manage',
  'registry.own',
  'registry.health',
  'registry.csv',
  'pool-settings.read',
  'pool-settings.manage',
  'sessions.agreement-policy',
  'matching.tasks',
  'matching.batch',
  'matching.weights',
  'hours.log',
  'hours.review',
  'outcomes.aftercare',
  'settlement.read',
  'settlement.manage',
  'reports.read',
  'reports.benchmark',
  'pool-benchmark.read',
  'users.manage',
  'audit.read',
  'processing.manage',
  'mail.read',
  'sso.manage',
  'retention.read',
  'retention.approve',
  'data-subjects.manage',
  'community.read',
  'knowledge.read',
  'knowledge.editors',
  'discussion.read',
  'events.agenda',
  'front-door.report',
  'lending.agreements',
  'lending.loans',
] as const;
export type SessionAction = (typeof SESSION_ACTIONS)[number];

/** The problem codes of logging in and resetting a password, besides the general ones. */
export const AUTH_PROBLEMS = ['invalid-credentials', 'too-many-requests', 'reset-link-unusable'] as const;

/**
 * Where the session stands with the second factor (docs/adr/0015-second-factor.md): passed, not
 * required, or pending — 'verify' (take the second step) or 'enrol' (set one up first). While
 * pending, `allowedActions` is empty and other routes answer `second-factor-required` or
 * `second-factor-enrolment-required` (403).
 */
export const SECOND_FACTOR_STATUSES = ['passed', 'not-required', 'verify', 'enrol'] as const;
export const SECOND_FACTOR_METHODS = ['totp', 'passkey', 'recovery'] as const;
export const SecondFactorStandingSchema = Obj({
  status: Type.Enum(SECOND_FACTOR_STATUSES),
  methods: Type.Array(Type.Enum(SECOND_FACTOR_METHODS)),
  required: Type.Boolean(),
});
export type SecondFactorStanding = Static<typeof SecondFactorStandingSchema>;

export const PoolBrandSchema = Obj({ id: Type.String(), name: Type.String(), colour: Type.String() });
export type PoolBrand = Static<typeof PoolBrandSchema>;

export const CurrentSessionSchema = Obj({
  user: UserSchema,
  csrfToken: Nullable(Type.String()),
  pool: PoolBrandSchema,
  allowedActions: Type.Array(Type.Enum(SESSION_ACTIONS)),
  secondFactor: SecondFactorStandingSchema,
});
export type CurrentSession = Static<typeof CurrentSessionSchema>;

export const LoginBodySchema = Obj({ email: Email, password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }) });
export type LoginInput = Static<typeof LoginBodySchema>;

export const PasswordResetRequestSchema = Obj({ email: Email });
export type PasswordResetRequest = Static<typeof PasswordResetRequestSchema>;

export const PasswordResetConfirmationSchema = Obj({
  token: Type.String({ minLength: 10, maxLength: 200 }),
  password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
});
export type PasswordResetConfirmation = Static<typeof PasswordResetConfirmationSchema>;
