/**
 * A pool's service norms: working days from referral to first contact, to assignment and to
 * conclusion (pool settings). Each is due addWorkingDays(referral, norm) on the pool's calendar,
 * i.e. the referral day itself never counts. A norm left empty in the settings is not judged.
 */
export const SERVICE_NORM_KEYS = ['first_contact', 'assignment', 'conclusion'] as const;
export type ServiceNormKey = (typeof SERVICE_NORM_KEYS)[number];

export const SERVICE_NORM_LABELS: Readonly<Record<ServiceNormKey, string>> = {
  first_contact: 'Aanmelding tot eerste contact',
  assignment: 'Aanmelding tot toewijzing',
  conclusion: 'Aanmelding tot afronding',
};

/** Upper bound for settings forms: four years of working days is no service norm. */
export const MAX_NORM_WORKING_DAYS = 1000;

export type ServiceNorms = Readonly<Partial<Record<ServiceNormKey, number | null>>>;

export const isValidNormDays = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_NORM_WORKING_DAYS;
