import type { Static } from 'typebox';
import type { pageOf } from '../../contract/common.js';

/** The shapes of the API's answers, as documented at /api/v1/openapi.json: derived from the contracts. */
export type { User } from '../../contract/users.js';
export type { CurrentSession, PoolBrand, SessionAction } from '../../contract/auth.js';
export type { Invitation, InvitationLookup, InvitationStatus } from '../../contract/invitations.js';
export type { ApiToken } from '../../contract/profile.js';
export type { AuditEvent, AuditResult } from '../../contract/audit-log.js';
export type { MailStatus, OutboxMail } from '../../contract/mail-outbox.js';
export type { Branding, MemberMunicipality } from '../../contract/pool.js';

/** One page of a list: the contract's pageOf with its items typed. */
export type Page<T> = Omit<Static<ReturnType<typeof pageOf>>, 'items'> & { items: T[] };
