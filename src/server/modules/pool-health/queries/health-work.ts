import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { WORK_SECTION_ITEMS, type WorkList } from '../../../../contract/workspace.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { canPoolHealth } from '../policy.js';
import { healthRows } from '../repository.js';
import { buildHealthReport } from '../build-health-report.js';

export interface HealthWork {
  withoutActiveMediator: WorkList;
  dormantMediators: WorkList;
  upkeepAtRisk: WorkList;
}

const listOf = <T>(all: T[], item: (x: T) => WorkList['items'][number]): WorkList => ({
  total: all.length,
  totalCapped: false,
  items: all.slice(0, WORK_SECTION_ITEMS).map(item),
});

/**
 * The pool's health as the start page shows it (administrator): member municipalities without an
 * active mediator, dormant mediators (longest dormant first) and registrations that expired or
 * expire within 90 days (soonest first). The health overview's own figures: a pool's members and
 * mediators are read whole there too (a pool is tens of municipalities, not thousands).
 */
export async function poolHealthWork(db: Kysely<DB>, actor: Actor): Promise<HealthWork> {
  ensureCan(canPoolHealth, actor, 'read', { poolId: actor.poolId }, 'collection');
  const today = todayInAmsterdam();
  const report = buildHealthReport(await healthRows(db, actor.poolId, today), today);
  const dormant = [...report.dormantMediators].sort((a, b) => a.dormantSince.localeCompare(b.dormantSince));
  const expiring = [...report.expiringRegistrations].sort((a, b) => a.registrationExpiresOn.localeCompare(b.registrationExpiresOn));
  return {
    withoutActiveMediator: listOf(report.municipalitiesWithoutActiveMediator, (m) => ({
      id: m.id,
      kind: 'municipality',
      caseId: null,
      title: m.name,
      detail: null,
      state: null,
      at: null,
      atKind: null,
    })),
    dormantMediators: listOf(dormant, (m) => ({
      id: m.id,
      kind: 'mediator',
      caseId: null,
      title: m.name,
      detail: m.municipality?.name ?? null,
      state: 'dormant',
      at: m.dormantSince,
      atKind: 'since',
    })),
    upkeepAtRisk: listOf(expiring, (m) => ({
      id: m.id,
      kind: 'mediator',
      caseId: null,
      title: m.name,
      detail: m.municipality?.name ?? null,
      state: m.expired ? 'expired' : 'expiring',
      at: m.registrationExpiresOn,
      atKind: 'due',
    })),
  };
}
