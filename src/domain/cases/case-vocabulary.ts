/** The fixed vocabularies of a referral, with their Dutch labels for forms and reports. */

export const CASE_TYPES = ['employment', 'citizen_government', 'neighbours', 'group', 'other'] as const;
export type CaseType = (typeof CASE_TYPES)[number];
export const CASE_TYPE_LABELS: Readonly<Record<CaseType, string>> = {
  employment: 'Arbeidsconflict',
  citizen_government: 'Burger en overheid',
  neighbours: 'Buren',
  group: 'Groep',
  other: 'Overig',
};

export const PARTY_ROLES = ['employee', 'manager', 'citizen', 'neighbour', 'organisation_representative'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const PARTY_ROLE_LABELS: Readonly<Record<PartyRole, string>> = {
  employee: 'Medewerker',
  manager: 'Leidinggevende',
  citizen: 'Burger',
  neighbour: 'Buurtbewoner',
  organisation_representative: 'Vertegenwoordiger organisatie',
};

export const REFERRAL_SOURCES = ['hr', 'manager', 'complaints_officer', 'objections_officer', 'party', 'police', 'housing_corporation', 'other'] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
export const REFERRAL_SOURCE_LABELS: Readonly<Record<ReferralSource, string>> = {
  hr: 'HR',
  manager: 'Leidinggevende',
  complaints_officer: 'Klachtenfunctionaris',
  objections_officer: 'Bezwaarfunctionaris',
  party: 'Partij zelf',
  police: 'Politie',
  housing_corporation: 'Woningcorporatie',
  other: 'Anders',
};

/**
 * Every source a case may carry: the staff's referral sources, and a self-referral through the
 * public front door (voorportaal), which has no referring account. Staff cannot choose it.
 */
export const CASE_REFERRAL_SOURCES = [...REFERRAL_SOURCES, 'self_referral'] as const;
export type CaseReferralSource = (typeof CASE_REFERRAL_SOURCES)[number];
export const CASE_REFERRAL_SOURCE_LABELS: Readonly<Record<CaseReferralSource, string>> = {
  ...REFERRAL_SOURCE_LABELS,
  self_referral: 'Zelfaanmelding via het voorportaal',
};

export const URGENCIES = ['normal', 'high', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = { normal: 'Normaal', high: 'Hoog', urgent: 'Spoed' };

export const DOCUMENT_KINDS = ['mediation_agreement', 'consent_form', 'letter', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  mediation_agreement: 'Getekende mediationovereenkomst',
  consent_form: 'Instemmingsformulier',
  letter: 'Brief',
  other: 'Overig',
};
