import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { HOUR_ENTRY_ACTIONS, type HourEntry, type HourTotals } from '../../../contract/hours.js';
import { canHours } from './policy.js';
import { entryForPolicy } from './load-entry.js';
import type { EntryRow } from './repository.js';

/** An entry as the API shows it to this actor, with the actions they may take on it now. */
export function presentEntry(actor: Actor, e: EntryRow): HourEntry {
  return {
    id: e.id,
    caseId: e.case_id,
    caseNumber: e.case_number,
    mediator: { id: e.mediator_id, name: e.mediator_name ?? '(uitgenodigd)', userId: e.mediator_user_id },
    supplierMunicipality: { id: e.supplier_municipality_id, name: e.supplier_name },
    userMunicipality: { id: e.user_municipality_id, name: e.user_name },
    date: e.work_date,
    minutes: e.minutes,
    activity: e.activity,
    travelKm: e.travel_km,
    note: e.note,
    correctsId: e.corrects_id,
    correctsDate: e.corrects_date,
    correctedMinutes: e.corrected_minutes === null ? null : Number(e.corrected_minutes),
    status: e.status,
    rejectReason: e.reject_reason,
    decidedBy: e.decided_by_name,
    decidedAt: e.decided_at?.toISOString() ?? null,
    period: e.period_code && e.period_start && e.period_end ? { code: e.period_code, start: e.period_start, end: e.period_end } : null,
    locked: Boolean(e.locked),
    createdAt: e.created_at.toISOString(),
    updatedAt: e.updated_at.toISOString(),
    allowedActions: allowedActions(canHours, actor, entryForPolicy(e), HOUR_ENTRY_ACTIONS),
  };
}

export function totalsOf(entries: readonly { status: string; minutes: number; travel_km: number | null }[]): HourTotals {
  const sum = (status: string) => entries.filter((e) => e.status === status).reduce((s, e) => s + e.minutes, 0);
  return {
    approvedMinutes: sum('approved'),
    submittedMinutes: sum('submitted'),
    rejectedMinutes: sum('rejected'),
    travelKm: entries.filter((e) => e.status !== 'rejected').reduce((s, e) => s + (e.travel_km ?? 0), 0),
  };
}
