import { hasRole, type Actor } from '../../auth/actor.js';
import type { CaseAccess } from '../case-status/index.js';

/** Recording an outcome or aftercare, or inviting parties to the survey: the case's mediator or a coordinator. */
export const canRecordOutcome = (access: CaseAccess) => access === 'full';

/** Aftercare tasks: a mediator sees their own; a coordinator sees the pool's. */
export const canSeeAftercareTasks = (actor: Actor) => hasRole(actor, 'mediator', 'coordinator');
