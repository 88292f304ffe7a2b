import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { ProcessingRegisterAction } from '../../../contract/processing-register.js';

export type { ProcessingRegisterAction };

/** The pool whose register (or whose view of the audit chain) is asked about. */
export interface ProcessingRegisterObject {
  poolId: string;
}

/** The pool's administrators keep its register of processing activities and check the audit chain. */
export const canProcessingRegister: Policy<ProcessingRegisterAction, ProcessingRegisterObject> = (actor, _action, object) =>
  object.poolId === actor.poolId && hasRole(actor, 'admin');
