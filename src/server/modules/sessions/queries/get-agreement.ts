import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import type { Agreement, AgreementPolicy, CaseRoute } from '../../../../contract/sessions.js';
import { POOL, canSession } from '../policy.js';
import { loadSessionCase } from '../load-session.js';
import { presentAgreement } from '../present-agreement.js';
import { exemptRoutes } from '../repository.js';

/** Whether the case's mediation agreement is signed, and whether that is needed to start. */
export async function getAgreement(db: Kysely<DB>, actor: Actor, caseId: string): Promise<Agreement> {
  const { row, object } = await loadSessionCase(db, actor, caseId);
  ensureCan(canSession, actor, 'read-agreement', object);
  return presentAgreement(db, actor, row, object);
}

/** The routes on which a case may start without a signed agreement (administrator, coordinator). */
export async function getAgreementPolicy(db: Kysely<DB>, actor: Actor): Promise<AgreementPolicy> {
  ensureCan(canSession, actor, 'read-agreement-policy', POOL, 'collection');
  return { exemptRoutes: (await exemptRoutes(db, actor.poolId)) as CaseRoute[] };
}
