import type { TriageRoute } from '../../domain/cases/triage-routes.js';
import type { MediatorKind, MediatorStatus, Specialism } from '../../domain/registry/mediator-values.js';
import { api, toQueryString } from './client.js';
import { ApiError } from './problem.js';
import type { Page } from './types.js';

/** The registry API (/api/v1): pool settings, member municipalities, mediators, pool health, CSV. */

// ---------- Pool settings ----------

export type SettlementMode = 'none' | 'hourly';
export type SettlementPeriod = 'month' | 'quarter' | 'year';

export interface StoredDocument {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface PoolSettings {
  name: string;
  settlementMode: SettlementMode;
  settlementPeriod: SettlementPeriod;
  normFirstContactDays: number;
  normAssignmentDays: number;
  normConclusionDays: number;
  allowDifferentDepartment: boolean;
  retentionMonths: number;
  aftercareWeeks: number;
  covenantSignedOn: string | null;
  covenantDescription: string | null;
  covenantDocument: StoredDocument | null;
  /** Where parties and users turn with a question. */
  contactEmail: string | null;
  contactPhone: string | null;
  updatedAt: string;
}

export type PoolSettingsChanges = Partial<Omit<PoolSettings, 'covenantDocument' | 'updatedAt'>> & {
  /** Saved together with the settings (administrators). */
  mediationAgreementExemptRoutes?: TriageRoute[];
};

export interface HourlyRate {
  year: number;
  cents: number;
  updatedAt: string;
}

export interface DayOff {
  id: string;
  date: string;
  description: string;
}

export const COVENANT_DOCUMENT_URL = '/api/v1/pool-settings/covenant-document';

export const getPoolSettings = (signal?: AbortSignal) => api.get<PoolSettings>('/pool-settings', signal ? { signal } : {});
export const updatePoolSettings = (changes: PoolSettingsChanges) => api.patch<PoolSettings>('/pool-settings', changes);
export const removeCovenantDocument = () => api.delete('/pool-settings/covenant-document');

export const listHourlyRates = () => api.get<{ items: HourlyRate[] }>('/pool-settings/hourly-rates');
export const addHourlyRate = (year: number, cents: number) => api.post<HourlyRate>('/pool-settings/hourly-rates', { year, cents });
export const changeHourlyRate = (year: number, cents: number) => api.patch<HourlyRate>(`/pool-settings/hourly-rates/${year}`, { cents });
export const removeHourlyRate = (year: number) => api.delete(`/pool-settings/hourly-rates/${year}`);

export const listDaysOff = () => api.get<{ items: DayOff[] }>('/pool-settings/days-off');
export const addDayOff = (date: string, description: string) => api.post<DayOff>('/pool-settings/days-off', { date, description });
export const removeDayOff = (id: string) => api.delete(`/pool-settings/days-off/${encodeURIComponent(id)}`);

export const uploadCovenantDocument = (file: { filename: string; contentBase64: string }) =>
  api.put<StoredDocument>('/pool-settings/covenant-document', file);

/** The routes on which a case may start without a signed mediation agreement (pool routes only). */
export interface AgreementPolicy {
  exemptRoutes: TriageRoute[];
}

export const getAgreementPolicy = (signal?: AbortSignal) => api.get<AgreementPolicy>('/pool-settings/mediation-agreement', signal ? { signal } : {});

// ---------- Member municipalities ----------

export interface ContactPerson {
  id: string;
  name: string;
  /** Empty when the reader may not see it (another municipality's contact). */
  email: string | null;
}

export interface Municipality {
  id: string;
  code: string;
  name: string;
  province: string | null;
  latitude: number | null;
  longitude: number | null;
  memberSince: string;
  memberUntil: string | null;
  currentMember: boolean;
  contactPersons: ContactPerson[];
}

export type Membership = 'current' | 'former' | 'all';

export interface MunicipalityQuery {
  page?: number;
  pageSize?: number;
  q?: string;
  membership?: Membership;
}

export interface MunicipalityDetails {
  name?: string;
  province?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  memberSince?: string;
  memberUntil?: string | null;
}

export interface ReferenceMunicipality {
  code: string;
  name: string;
  province: string;
  latitude: number;
  longitude: number;
  member: boolean;
}

export const listMunicipalities = (query: MunicipalityQuery, signal?: AbortSignal) =>
  api.get<Page<Municipality>>('/municipalities', { query: { ...query }, ...(signal ? { signal } : {}) });
export const getMunicipality = (id: string) => api.get<Municipality>(`/municipalities/${encodeURIComponent(id)}`);
export const addMunicipality = (input: MunicipalityDetails & { code: string }) => api.post<Municipality>('/municipalities', input);
export const updateMunicipality = (id: string, changes: MunicipalityDetails) => api.patch<Municipality>(`/municipalities/${encodeURIComponent(id)}`, changes);
export const endMembership = (id: string, memberUntil: string) =>
  api.post<Municipality>(`/municipalities/${encodeURIComponent(id)}/membership-endings`, { memberUntil });

export const searchReferenceMunicipalities = (q: string, limit: number, signal?: AbortSignal) =>
  api.get<{ listDate: string; total: number; items: ReferenceMunicipality[] }>('/reference/municipalities', { query: { q, limit }, ...(signal ? { signal } : {}) });

// ---------- Mediators ----------

export type AccountStatus = 'active' | 'deactivated' | 'invited' | 'invitation_lapsed';

export interface MunicipalityRef {
  id: string;
  code: string;
  name: string;
}

export interface Mediator {
  id: string;
  userId: string | null;
  name: string;
  email: string | null;
  municipality: MunicipalityRef | null;
  department: string | null;
  kind: MediatorKind;
  status: MediatorStatus;
  statusSince: string;
  specialisms: Specialism[];
  languages: string[];
  accountStatus: AccountStatus;
  /** limited: without personal particulars (what a contact or another mediator sees). */
  view: 'full' | 'limited';
}

export interface StatusChange {
  id: string;
  status: MediatorStatus;
  fromDate: string;
  note: string | null;
  changedAt: string;
  changedBy: string | null;
}

export interface MediatorDetail extends Mediator {
  mfnRegisterNumber: string | null;
  registrationExpiresOn: string | null;
  upkeepCycleStart: string | null;
  maxConcurrentCases: number | null;
  hoursPerMonth: number | null;
  lastActivityAt: string | null;
  statusHistory: StatusChange[];
  createdAt: string;
  updatedAt: string;
}

export interface MediatorQuery {
  page?: number;
  pageSize?: number;
  q?: string;
  status?: MediatorStatus;
  kind?: MediatorKind;
  municipalityId?: string;
  specialism?: Specialism;
  language?: string;
}

export interface ProfileInput {
  department?: string | null;
  kind?: MediatorKind;
  specialisms?: Specialism[];
  languages?: string[];
  mfnRegisterNumber?: string | null;
  registrationExpiresOn?: string | null;
  upkeepCycleStart?: string | null;
  maxConcurrentCases?: number;
  hoursPerMonth?: number;
}

export interface CreateMediatorInput extends ProfileInput {
  userId?: string;
  invite?: { email: string; name: string };
  municipalityId?: string;
  status?: MediatorStatus;
  statusNote?: string;
}

export interface UpdateMediatorInput extends ProfileInput {
  municipalityId?: string;
  name?: string;
}

const mediatorPath = (id: string) => `/mediators/${encodeURIComponent(id)}`;

export const listMediators = (query: MediatorQuery, signal?: AbortSignal) =>
  api.get<Page<Mediator>>('/mediators', { query: { ...query }, ...(signal ? { signal } : {}) });
export const getMediator = (id: string) => api.get<MediatorDetail>(mediatorPath(id));
export const createMediator = (input: CreateMediatorInput) => api.post<MediatorDetail>('/mediators', input);
export const updateMediator = (id: string, changes: UpdateMediatorInput) => api.patch<MediatorDetail>(mediatorPath(id), changes);
export const changeMediatorStatus = (id: string, change: { status: MediatorStatus; fromDate?: string; note?: string }) =>
  api.post<StatusChange>(`${mediatorPath(id)}/status-changes`, change);

/** The signed-in mediator's own profile, with their current load and the state of their MfN upkeep. */
export interface OwnMediatorProfile extends MediatorDetail {
  /** Cases they are mediator on that are assigned or in progress. */
  openCases: number;
  /** Proposals still waiting for an answer; they count towards the capacity. */
  openProposals: number;
  upkeep: { state: UpkeepState; reasons: UpkeepReason[] };
}

/** The mediator profile of the signed-in person, or null when they are not in the register (404). */
export async function getOwnMediatorProfile(signal?: AbortSignal): Promise<OwnMediatorProfile | null> {
  try {
    return await api.get<OwnMediatorProfile>('/me/mediator-profile', signal ? { signal } : {});
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}

// Unavailability

export type UnavailabilityKind = 'holiday' | 'leave' | 'other';

export interface Unavailability {
  id: string;
  startsOn: string;
  endsOn: string;
  kind: UnavailabilityKind;
  note: string | null;
  updatedAt: string;
}

export const listUnavailability = (mediatorId: string) => api.get<{ items: Unavailability[] }>(`${mediatorPath(mediatorId)}/unavailability`);
export const addUnavailability = (mediatorId: string, input: { startsOn: string; endsOn: string; kind: UnavailabilityKind; note?: string | null }) =>
  api.post<Unavailability>(`${mediatorPath(mediatorId)}/unavailability`, input);
export const removeUnavailability = (mediatorId: string, id: string) => api.delete(`${mediatorPath(mediatorId)}/unavailability/${encodeURIComponent(id)}`);

// Declared relationships

export type RelationshipKind = 'municipality' | 'department' | 'person';

export interface Relationship {
  id: string;
  kind: RelationshipKind;
  municipality: MunicipalityRef | null;
  department: string | null;
  personName: string | null;
  reason: string;
  since: string;
  updatedAt: string;
}

export interface RelationshipInput {
  kind: RelationshipKind;
  municipalityId?: string | null;
  department?: string | null;
  personName?: string | null;
  reason: string;
  since: string;
}

export const listRelationships = (mediatorId: string) => api.get<{ items: Relationship[] }>(`${mediatorPath(mediatorId)}/relationships`);
export const addRelationship = (mediatorId: string, input: RelationshipInput) => api.post<Relationship>(`${mediatorPath(mediatorId)}/relationships`, input);
export const removeRelationship = (mediatorId: string, id: string) => api.delete(`${mediatorPath(mediatorId)}/relationships/${encodeURIComponent(id)}`);

// MfN upkeep

export type UpkeepEntryType = 'mediation' | 'education' | 'peer_review';
export type EducationKind = 'training' | 'intervision' | 'other';
export type UpkeepState = 'on_track' | 'behind' | 'at_risk';

export interface UpkeepEntry {
  id: string;
  type: UpkeepEntryType;
  occurredOn: string;
  contactMinutes: number | null;
  writtenAgreement: boolean | null;
  coMediation: boolean | null;
  points: number | null;
  educationKind: EducationKind | null;
  description: string | null;
  createdAt: string;
}

export interface UpkeepEntryInput {
  type: UpkeepEntryType;
  occurredOn: string;
  contactMinutes?: number;
  writtenAgreement?: boolean;
  coMediation?: boolean;
  points?: number;
  educationKind?: EducationKind;
  description?: string | null;
}

export interface UpkeepReason {
  code: string;
  severity: 'behind' | 'at_risk';
  text: string;
}

export interface UpkeepSummary {
  cycle: { start: string; end: string; until: string; daysLeft: number; basis: 'cycle_start' | 'registration' | 'rolling' };
  mediations: { counted: number; recorded: number; required: number };
  coMediations: { recorded: number; counted: number; maxCounted: number };
  contactMinutes: { counted: number; required: number };
  writtenAgreements: { counted: number; required: number };
  educationPoints: { total: number; intervision: number; intervisionActivities: number; required: number };
  peerReview: { last: string | null; dueBy: string; status: 'ok' | 'missing' | 'due' | 'overdue' };
  years: { index: number; start: string; until: string; mediations: number; contactMinutes: number; status: 'met' | 'missed' | 'open' | 'future' }[];
  state: UpkeepState;
  reasons: UpkeepReason[];
}

export const getUpkeep = (mediatorId: string) => api.get<UpkeepSummary>(`${mediatorPath(mediatorId)}/upkeep`);
export const listUpkeepEntries = (mediatorId: string) => api.get<{ items: UpkeepEntry[] }>(`${mediatorPath(mediatorId)}/upkeep-entries`);
export const addUpkeepEntry = (mediatorId: string, input: UpkeepEntryInput) => api.post<UpkeepEntry>(`${mediatorPath(mediatorId)}/upkeep-entries`, input);
export const removeUpkeepEntry = (mediatorId: string, id: string) => api.delete(`${mediatorPath(mediatorId)}/upkeep-entries/${encodeURIComponent(id)}`);

// ---------- Pool health ----------

export interface PoolHealth {
  asOf: string;
  totals: { active: number; inTraining: number; dormant: number; activeProcessFacilitators: number; freeCases: number };
  municipalities: {
    id: string;
    code: string;
    name: string;
    active: number;
    inTraining: number;
    dormant: number;
    activeProcessFacilitators: number;
    awayToday: number;
    freeCapacity: { cases: number; hoursPerMonth: number };
    withoutActiveMediator: boolean;
  }[];
  municipalitiesWithoutActiveMediator: MunicipalityRef[];
  dormantMediators: {
    id: string;
    name: string;
    kind: MediatorKind;
    municipality: MunicipalityRef | null;
    dormantSince: string;
    lastActivityAt: string | null;
    lastWakeUpAt: string | null;
  }[];
  expiringRegistrations: {
    id: string;
    name: string;
    status: MediatorStatus;
    municipality: MunicipalityRef | null;
    registrationExpiresOn: string;
    daysLeft: number;
    expired: boolean;
  }[];
}

export interface WakeUp {
  id: string;
  sentAt: string;
  sentBy: string | null;
  message: string | null;
}

export const getPoolHealth = () => api.get<PoolHealth>('/pool-health');
export const wakeUpMediator = (mediatorId: string, message: string) =>
  api.post<WakeUp>(`${mediatorPath(mediatorId)}/wake-ups`, message.trim() ? { message: message.trim() } : {});

// ---------- CSV ----------

export type CsvSubject = 'municipalities' | 'mediators';

export interface ImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  dryRun: boolean;
  warnings: { name: string; code: string; reason: string }[];
}

export const csvExportUrl = (subject: CsvSubject, delimiter: 'semicolon' | 'comma') => `/api/v1/csv-exports/${subject}${toQueryString({ delimiter })}`;

export const importCsv = (subject: CsvSubject, input: { filename: string; contentBase64: string; dryRun: boolean }) =>
  api.post<ImportResult>(`/csv-imports/${subject}`, input);
