import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { MEDIATOR_OBJECT_ACTIONS, type MediatorDetail, type Mediator, type StatusChange } from '../../../contract/mediators.js';
import { canMediator } from './policy.js';
import { targetOf, type MediatorRow } from './repository/profiles.js';

function accountStatus(r: MediatorRow, now: Date) {
  if (r.user_id) return r.user_active === false ? ('deactivated' as const) : ('active' as const);
  if (r.invitation_revoked_at || (r.invitation_expires_at && r.invitation_expires_at < now)) return 'invitation_lapsed' as const;
  return 'invited' as const;
}

export function presentMediator(r: MediatorRow, actor: Actor, now = new Date()): Mediator {
  const target = targetOf(r, actor.poolId);
  const full = canMediator(actor, 'read-details', target);
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    email: canMediator(actor, 'read-contact-details', target) ? r.email : null,
    municipality: r.municipality_id ? { id: r.municipality_id, code: r.municipality_code!, name: r.municipality_name! } : null,
    department: full ? r.department : null,
    kind: r.kind,
    status: r.status,
    statusSince: r.status_since,
    specialisms: r.specialisms as Mediator['specialisms'],
    languages: r.languages,
    accountStatus: accountStatus(r, now),
    view: full ? ('full' as const) : ('limited' as const),
  };
}

export interface StatusChangeRow {
  id: string;
  status: MediatorRow['status'];
  from_date: string;
  note: string | null;
  changed_at: Date;
  changed_by_name: string | null;
}

export const presentStatusChange = (h: StatusChangeRow): StatusChange => ({
  id: h.id,
  status: h.status,
  fromDate: h.from_date,
  note: h.note,
  changedAt: h.changed_at.toISOString(),
  changedBy: h.changed_by_name,
});

export function presentMediatorDetail(r: MediatorRow, actor: Actor, history: StatusChangeRow[]): MediatorDetail {
  const base = presentMediator(r, actor);
  const full = base.view === 'full';
  return {
    ...base,
    mfnRegisterNumber: full ? r.mfn_register_number : null,
    registrationExpiresOn: full ? r.registration_expires_on : null,
    upkeepCycleStart: full ? r.upkeep_cycle_start : null,
    maxConcurrentCases: full ? r.max_concurrent_cases : null,
    hoursPerMonth: full ? r.hours_per_month : null,
    lastActivityAt: full ? (r.last_activity_at?.toISOString() ?? null) : null,
    statusHistory: full ? history.map(presentStatusChange) : [],
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    allowedActions: allowedActions(canMediator, actor, targetOf(r, actor.poolId), MEDIATOR_OBJECT_ACTIONS),
  };
}
