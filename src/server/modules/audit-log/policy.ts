import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { AuditLogAction } from '../../../contract/audit-log.js';

export type { AuditLogAction };

/** The pool whose audit log is read. */
export interface AuditLogObject {
  poolId: string;
}

/** The pool's administrators read its audit log; nobody changes it. */
export const canAuditLog: Policy<AuditLogAction, AuditLogObject> = (actor, _action, object) => object.poolId === actor.poolId && hasRole(actor, 'admin');
