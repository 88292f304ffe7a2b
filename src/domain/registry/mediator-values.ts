/** The fixed vocabularies of the registry, with their Dutch labels for the UI and for messages. */

export const MEDIATOR_KINDS = ['mediator', 'process_facilitator'] as const;
export type MediatorKind = (typeof MEDIATOR_KINDS)[number];

export const MEDIATOR_STATUSES = ['active', 'in_training', 'dormant', 'inactive', 'left'] as const;
export type MediatorStatus = (typeof MEDIATOR_STATUSES)[number];

/** Case types a mediator specialises in; the same list the case intake uses. */
export const SPECIALISMS = ['employment', 'citizen_government', 'neighbours', 'group', 'other'] as const;
export type Specialism = (typeof SPECIALISMS)[number];

export const UNAVAILABILITY_KINDS = ['holiday', 'leave', 'other'] as const;
export type UnavailabilityKind = (typeof UNAVAILABILITY_KINDS)[number];

export const RELATIONSHIP_KINDS = ['municipality', 'department', 'person'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export const EDUCATION_KINDS = ['training', 'intervision', 'other'] as const;
export type EducationKind = (typeof EDUCATION_KINDS)[number];

export const UPKEEP_ENTRY_TYPES = ['mediation', 'education', 'peer_review'] as const;
export type UpkeepEntryType = (typeof UPKEEP_ENTRY_TYPES)[number];

export const statusLabels: Record<MediatorStatus, string> = {
  active: 'actief',
  in_training: 'in opleiding',
  dormant: 'slapend',
  inactive: 'inactief',
  left: 'vertrokken',
};

export const kindLabels: Record<MediatorKind, string> = { mediator: 'mediator', process_facilitator: 'procesbegeleider' };

export const specialismLabels: Record<Specialism, string> = {
  employment: 'arbeidsconflicten',
  citizen_government: 'burger–overheid',
  neighbours: 'buren',
  group: 'groepen',
  other: 'overig',
};

/** Languages are ISO 639 codes (`nl`, `en`, `ar`, `pap`), lower case; the list is open. */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}$/;

export const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/**
 * A status change needs a new status and a from-date between the start of the current status and
 * today, so the history stays one sequence and the current status is never one still to come.
 */
export function statusChangeProblem(
  current: { status: MediatorStatus; since: string },
  next: { status: MediatorStatus; fromDate: string },
  today: string,
): { field: 'status' | 'fromDate'; reason: string } | null {
  if (current.status === next.status) return { field: 'status', reason: `De status is al "${statusLabels[next.status]}".` };
  if (next.fromDate < current.since) return { field: 'fromDate', reason: `Kies een datum op of na de vorige statuswijziging (${current.since}).` };
  if (next.fromDate > today) return { field: 'fromDate', reason: 'Een statuswijziging kan niet in de toekomst ingaan.' };
  return null;
}

/** An active mediator needs a registration that has not expired (when one is recorded). */
export const registrationExpired = (status: MediatorStatus, expiresOn: string | null, today: string) =>
  status === 'active' && expiresOn !== null && expiresOn < today;
