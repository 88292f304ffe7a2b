import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { MailOutboxAction, MailStatus } from '../../../contract/mail-outbox.js';

export type { MailOutboxAction };

/** The pool whose outbox is listed, or one mail of it (with its status, for a retry). */
export interface MailOutboxObject {
  /** Empty for the installation's own mail (no pool): nobody sees that here. */
  poolId: string | null;
  status?: MailStatus;
}

/** The pool's administrators read the outbox; a mail can be sent again only once it has failed. */
export const canMailOutbox: Policy<MailOutboxAction, MailOutboxObject> = (actor, action, object) => {
  if (object.poolId !== actor.poolId || !hasRole(actor, 'admin')) return false;
  return action === 'retry' ? object.status === 'failed' : true;
};
