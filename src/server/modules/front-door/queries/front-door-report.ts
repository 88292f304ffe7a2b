import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { FRONT_DOOR_ACTIONS, type FrontDoorReport } from '../../../../contract/front-door.js';
import { isFrontDoorRoute } from '../../../../domain/front-door/routes.js';
import { MIN_GROUP, withholdSmall } from '../../../../domain/reports/small-numbers.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { canFrontDoor } from '../policy.js';
import { selectRouteCounts } from '../repository.js';

/**
 * The front door's report for a pool: the routes advised per month to visitors from the pool's
 * municipalities, from the anonymous counts alone; counts below the small-number minimum are
 * withheld (null), as in the pool's other reports.
 */
export async function frontDoorReport(db: Kysely<DB>, actor: Actor): Promise<FrontDoorReport> {
  const object = { poolId: actor.poolId };
  ensureCan(canFrontDoor, actor, 'readReport', object, 'collection');
  const rows = await selectRouteCounts(db, actor.poolId);
  return {
    rows: rows.flatMap((r) => (isFrontDoorRoute(r.route) ? [{ month: r.month, route: r.route, count: withholdSmall(r.count) }] : [])),
    minGroup: MIN_GROUP,
    allowedActions: allowedActions(canFrontDoor, actor, object, FRONT_DOOR_ACTIONS),
  };
}
