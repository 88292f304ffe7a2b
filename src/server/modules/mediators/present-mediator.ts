import { Type } from 'typebox';
import { DateTime, IsoDate, Nullable, Obj, Uuid } from '../../../contract/common.js';
import type { Actor } from '../../auth/actor.js';
import { canMediator } from './policy.js';
import { targetOf, type MediatorRow } from './queries.js';

export const MediatorKindSchema = Type.Union([Type.Literal('mediator'), Type.Literal('process_facilitator')]);
export const MediatorStatusSchema = Type.Union([
  Type.Literal('active'),
  Type.Literal('in_training'),
  Type.Literal('dormant'),
  Type.Literal('inactive'),
  Type.Literal('left'),
]);
export const SpecialismSchema = Type.Union([
  Type.Literal('employment'),
  Type.Literal('citizen_government'),
  Type.Literal('neighbours'),
  Type.Literal('group'),
  Type.Literal('other'),
]);
export const LanguageSchema = Type.String({ pattern: '^[a-z]{2,3}$', description: 'ISO 639-code, bijvoorbeeld nl, en, ar, tr, pl' });

const MunicipalityRef = Obj({ id: Uuid, code: Type.String(), name: Type.String() });
const AccountStatus = Type.Union([Type.Literal('active'), Type.Literal('deactivated'), Type.Literal('invited'), Type.Literal('invitation_lapsed')]);

/** What everyone in the pool may see of a mediator, plus contact details and particulars where allowed. */
const mediatorProperties = {
  id: Uuid,
  userId: Nullable(Uuid),
  name: Type.String(),
  email: Nullable(Type.String({ description: 'Leeg als u dit niet mag zien' })),
  municipality: Nullable(MunicipalityRef),
  department: Nullable(Type.String()),
  kind: MediatorKindSchema,
  status: MediatorStatusSchema,
  statusSince: IsoDate,
  specialisms: Type.Array(SpecialismSchema),
  languages: Type.Array(Type.String()),
  accountStatus: AccountStatus,
  view: Type.Union([Type.Literal('full'), Type.Literal('limited')], { description: 'limited: zonder persoonlijke bijzonderheden' }),
};
export const MediatorSchema = Obj(mediatorProperties);

const StatusChangeSchema = Obj({ id: Uuid, status: MediatorStatusSchema, fromDate: IsoDate, note: Nullable(Type.String()), changedAt: DateTime, changedBy: Nullable(Type.String()) });

export const MediatorDetailSchema = Obj({
  ...mediatorProperties,
  mfnRegisterNumber: Nullable(Type.String()),
  registrationExpiresOn: Nullable(IsoDate),
  upkeepCycleStart: Nullable(IsoDate),
  maxConcurrentCases: Nullable(Type.Integer()),
  hoursPerMonth: Nullable(Type.Integer()),
  lastActivityAt: Nullable(DateTime),
  statusHistory: Type.Array(StatusChangeSchema),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export { StatusChangeSchema };

function accountStatus(r: MediatorRow, now: Date) {
  if (r.user_id) return r.user_active === false ? ('deactivated' as const) : ('active' as const);
  if (r.invitation_revoked_at || (r.invitation_expires_at && r.invitation_expires_at < now)) return 'invitation_lapsed' as const;
  return 'invited' as const;
}

export function presentMediator(r: MediatorRow, actor: Actor, now = new Date()) {
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
    specialisms: r.specialisms as ('employment' | 'citizen_government' | 'neighbours' | 'group' | 'other')[],
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

export const presentStatusChange = (h: StatusChangeRow) => ({
  id: h.id,
  status: h.status,
  fromDate: h.from_date,
  note: h.note,
  changedAt: h.changed_at.toISOString(),
  changedBy: h.changed_by_name,
});

export function presentMediatorDetail(r: MediatorRow, actor: Actor, history: StatusChangeRow[]) {
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
  };
}
