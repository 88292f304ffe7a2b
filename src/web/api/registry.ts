import type { AgreementPolicy } from '../../contract/sessions.js';
import type {
  AddDayOffInput,
  AddHourlyRateInput,
  DayOff,
  DayOffList,
  HourlyRate,
  HourlyRateList,
  PoolSettings,
  PoolSettingsChanges,
  StoredDocument,
  UploadCovenantInput,
} from '../../contract/pool-settings.js';
import type {
  AddMunicipalityInput,
  Municipality,
  MunicipalityDetails,
  MunicipalityPage,
  MunicipalityQuery,
  ReferenceMunicipalityList,
} from '../../contract/municipalities.js';
import type {
  ChangeStatusInput,
  CreateMediatorInput,
  MediatorDetail,
  MediatorPage,
  MediatorQuery as MediatorQueryOfContract,
  OwnMediatorProfile,
  Relationship,
  RelationshipInput,
  RelationshipList,
  StatusChange,
  Unavailability,
  UnavailabilityInput,
  UnavailabilityList,
  UpdateMediatorInput,
  UpkeepEntry,
  UpkeepEntryInput,
  UpkeepEntryList,
  UpkeepSummary,
} from '../../contract/mediators.js';
import type { PoolHealth, WakeUp } from '../../contract/pool-health.js';
import type { CsvDelimiterName, CsvSubject, ImportInput, ImportResult } from '../../contract/registry-csv.js';
import type { MediatorStatus } from '../../domain/registry/mediator-values.js';
import { api, toQueryString } from './client.js';
import { ApiError } from './problem.js';

/**
 * The registry API (/api/v1): pool settings, member municipalities, mediators, pool health, CSV.
 * Every type comes from the server's contracts (src/contract), so a change of shape there is a
 * compile error here.
 */

export type { AgreementPolicy } from '../../contract/sessions.js';
export type {
  DayOff,
  HourlyRate,
  PoolSettings,
  PoolSettingsAction,
  PoolSettingsChanges,
  SettlementMode,
  SettlementPeriod,
  StoredDocument,
} from '../../contract/pool-settings.js';
export type {
  ContactPerson,
  Membership,
  Municipality,
  MunicipalityAction,
  MunicipalityDetails,
  MunicipalityQuery,
  ReferenceMunicipality,
} from '../../contract/municipalities.js';
export type {
  AccountStatus,
  CreateMediatorInput,
  Mediator,
  MediatorAction,
  MediatorDetail,
  MunicipalityRef,
  OwnMediatorProfile,
  ProfileInput,
  Relationship,
  RelationshipInput,
  StatusChange,
  Unavailability,
  UpdateMediatorInput,
  UpkeepEntry,
  UpkeepEntryInput,
  UpkeepReason,
  UpkeepState,
  UpkeepSummary,
} from '../../contract/mediators.js';
export type { PoolHealth, WakeUp } from '../../contract/pool-health.js';
export type { CsvSubject, ImportResult } from '../../contract/registry-csv.js';
export type { RelationshipKind, UnavailabilityKind, UpkeepEntryType, EducationKind } from '../../domain/registry/mediator-values.js';

// ---------- Pool settings ----------

export const COVENANT_DOCUMENT_URL = '/api/v1/pool-settings/covenant-document';

export const getPoolSettings = (signal?: AbortSignal) => api.get<PoolSettings>('/pool-settings', signal ? { signal } : {});
export const updatePoolSettings = (changes: PoolSettingsChanges) => api.patch<PoolSettings>('/pool-settings', changes);
export const removeCovenantDocument = () => api.delete('/pool-settings/covenant-document');

export const listHourlyRates = () => api.get<HourlyRateList>('/pool-settings/hourly-rates');
export const addHourlyRate = (year: number, cents: number) => api.post<HourlyRate>('/pool-settings/hourly-rates', { year, cents } satisfies AddHourlyRateInput);
export const changeHourlyRate = (year: number, cents: number) => api.patch<HourlyRate>(`/pool-settings/hourly-rates/${year}`, { cents });
export const removeHourlyRate = (year: number) => api.delete(`/pool-settings/hourly-rates/${year}`);

export const listDaysOff = () => api.get<DayOffList>('/pool-settings/days-off');
export const addDayOff = (date: string, description: string) => api.post<DayOff>('/pool-settings/days-off', { date, description } satisfies AddDayOffInput);
export const removeDayOff = (id: string) => api.delete(`/pool-settings/days-off/${encodeURIComponent(id)}`);

export const uploadCovenantDocument = (file: UploadCovenantInput) => api.put<StoredDocument>('/pool-settings/covenant-document', file);

/** The routes on which a case may start without a signed mediation agreement (pool routes only). */
export const getAgreementPolicy = (signal?: AbortSignal) => api.get<AgreementPolicy>('/pool-settings/mediation-agreement', signal ? { signal } : {});

// ---------- Member municipalities ----------

export const listMunicipalities = (query: MunicipalityQuery, signal?: AbortSignal) =>
  api.get<MunicipalityPage>('/municipalities', { query: { ...query }, ...(signal ? { signal } : {}) });
export const getMunicipality = (id: string) => api.get<Municipality>(`/municipalities/${encodeURIComponent(id)}`);
export const addMunicipality = (input: AddMunicipalityInput) => api.post<Municipality>('/municipalities', input);
export const updateMunicipality = (id: string, changes: MunicipalityDetails) => api.patch<Municipality>(`/municipalities/${encodeURIComponent(id)}`, changes);
export const endMembership = (id: string, memberUntil: string) =>
  api.post<Municipality>(`/municipalities/${encodeURIComponent(id)}/membership-endings`, { memberUntil });

export const searchReferenceMunicipalities = (q: string, limit: number, signal?: AbortSignal) =>
  api.get<ReferenceMunicipalityList>('/reference/municipalities', { query: { q, limit }, ...(signal ? { signal } : {}) });

// ---------- Mediators ----------

/** The list's filters; the web filters on one status at a time (the server takes a list). */
export type MediatorQuery = Omit<MediatorQueryOfContract, 'status'> & { status?: MediatorStatus };

const mediatorPath = (id: string) => `/mediators/${encodeURIComponent(id)}`;

export const listMediators = (query: MediatorQuery, signal?: AbortSignal) =>
  api.get<MediatorPage>('/mediators', { query: { ...query }, ...(signal ? { signal } : {}) });
export const getMediator = (id: string) => api.get<MediatorDetail>(mediatorPath(id));
export const createMediator = (input: CreateMediatorInput) => api.post<MediatorDetail>('/mediators', input);
export const updateMediator = (id: string, changes: UpdateMediatorInput) => api.patch<MediatorDetail>(mediatorPath(id), changes);
export const changeMediatorStatus = (id: string, change: ChangeStatusInput) => api.post<StatusChange>(`${mediatorPath(id)}/status-changes`, change);

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

export const listUnavailability = (mediatorId: string) => api.get<UnavailabilityList>(`${mediatorPath(mediatorId)}/unavailability`);
export const addUnavailability = (mediatorId: string, input: UnavailabilityInput) => api.post<Unavailability>(`${mediatorPath(mediatorId)}/unavailability`, input);
export const removeUnavailability = (mediatorId: string, id: string) => api.delete(`${mediatorPath(mediatorId)}/unavailability/${encodeURIComponent(id)}`);

// Declared relationships

export const listRelationships = (mediatorId: string) => api.get<RelationshipList>(`${mediatorPath(mediatorId)}/relationships`);
export const addRelationship = (mediatorId: string, input: RelationshipInput) => api.post<Relationship>(`${mediatorPath(mediatorId)}/relationships`, input);
export const removeRelationship = (mediatorId: string, id: string) => api.delete(`${mediatorPath(mediatorId)}/relationships/${encodeURIComponent(id)}`);

// MfN upkeep

export const getUpkeep = (mediatorId: string) => api.get<UpkeepSummary>(`${mediatorPath(mediatorId)}/upkeep`);
export const listUpkeepEntries = (mediatorId: string) => api.get<UpkeepEntryList>(`${mediatorPath(mediatorId)}/upkeep-entries`);
export const addUpkeepEntry = (mediatorId: string, input: UpkeepEntryInput) => api.post<UpkeepEntry>(`${mediatorPath(mediatorId)}/upkeep-entries`, input);
export const removeUpkeepEntry = (mediatorId: string, id: string) => api.delete(`${mediatorPath(mediatorId)}/upkeep-entries/${encodeURIComponent(id)}`);

// ---------- Pool health ----------

export const getPoolHealth = () => api.get<PoolHealth>('/pool-health');
export const wakeUpMediator = (mediatorId: string, message: string) =>
  api.post<WakeUp>(`${mediatorPath(mediatorId)}/wake-ups`, message.trim() ? { message: message.trim() } : {});

// ---------- CSV ----------

export const csvExportUrl = (subject: CsvSubject, delimiter: CsvDelimiterName) => `/api/v1/csv-exports/${subject}${toQueryString({ delimiter })}`;

export const importCsv = (subject: CsvSubject, input: ImportInput) => api.post<ImportResult>(`/csv-imports/${subject}`, input);
