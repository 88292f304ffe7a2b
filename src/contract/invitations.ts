import { Type, type Static } from 'typebox';
import { DateTime, Email, Nullable, Obj, PageQuery, Role, Uuid, pageOf } from './common.js';
import { PASSWORD_MAX_LENGTH } from '../domain/password-rules.js';

/** What the invitations policy decides; looking up and accepting a link are public (the token is the key). */
export const INVITATIONS_ACTIONS = ['list', 'create', 'revoke'] as const;
export type InvitationsAction = (typeof INVITATIONS_ACTIONS)[number];

/** What the caller may do with one invitation now (revoke while it is open). */
export const INVITATION_OBJECT_ACTIONS = ['revoke'] as const satisfies readonly InvitationsAction[];

/** The problem codes the invitations module throws besides the general ones. */
export const INVITATIONS_PROBLEMS = ['invitation-unusable', 'email-taken', 'already-member', 'conflict'] as const;

export const InvitationStatusSchema = Type.Union([Type.Literal('open'), Type.Literal('accepted'), Type.Literal('revoked'), Type.Literal('expired')]);
export type InvitationStatus = Static<typeof InvitationStatusSchema>;

export const InvitationSchema = Obj({
  id: Uuid,
  email: Type.String(),
  name: Type.String(),
  roles: Type.Array(Role),
  municipalityId: Nullable(Uuid),
  status: InvitationStatusSchema,
  createdAt: DateTime,
  expiresAt: DateTime,
  allowedActions: Type.Array(Type.Enum(INVITATION_OBJECT_ACTIONS), { description: 'Wat u nu met deze uitnodiging mag doen' }),
});
export type Invitation = Static<typeof InvitationSchema>;

/** The pool's invitations grow with every one sent: paged, newest first. */
export const InvitationListQuery = Obj({ ...PageQuery });
export type InvitationListQueryInput = Static<typeof InvitationListQuery>;
export const InvitationListSchema = pageOf(InvitationSchema);
export type InvitationList = Static<typeof InvitationListSchema>;

export const InviteBodySchema = Obj({
  email: Email,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  roles: Type.Array(Role, { minItems: 1, maxItems: 5, uniqueItems: true }),
  municipalityId: Nullable(Uuid),
});
export type InviteInput = Static<typeof InviteBodySchema>;

export const InvitationCreatedSchema = Obj({ id: Uuid, acceptUrl: Type.String(), expiresAt: DateTime });
export type InvitationCreated = Static<typeof InvitationCreatedSchema>;

export const InvitationParamsSchema = Obj({ invitationId: Uuid });

const Token = Type.String({ minLength: 10, maxLength: 200 });

export const InvitationLookupBodySchema = Obj({ token: Token });
export type InvitationLookupInput = Static<typeof InvitationLookupBodySchema>;

export const InvitationLookupSchema = Obj({
  email: Type.String(),
  name: Type.String(),
  poolName: Type.String(),
  expiresAt: DateTime,
  emailEditable: Type.Boolean(),
  /** The address already has an account (in another pool): accepting with its password adds this pool to it (ADR 0022). */
  existingAccount: Type.Optional(Type.Boolean()),
});
export type InvitationLookup = Static<typeof InvitationLookupSchema>;

export const AcceptInvitationBodySchema = Obj({
  token: Token,
  password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  email: Type.Optional(Email),
});
export type AcceptInvitationInput = Static<typeof AcceptInvitationBodySchema>;

export const InvitationAcceptedSchema = Obj({ userId: Uuid });
export type InvitationAccepted = Static<typeof InvitationAcceptedSchema>;
