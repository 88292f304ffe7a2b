import type { PartyRole } from '../../../domain/cases/case-vocabulary.js';

/** Most parties a referral takes (the API's limit). */
export const MAX_PARTIES = 20;

export interface PartyDraft {
  /** Stable React key; the position in the list is the party's number. */
  key: number;
  role: PartyRole | '';
  name: string;
  organisation: string;
  municipalityId: string;
  department: string;
  email: string;
  phone: string;
  informed: 'yes' | 'no' | '';
}

export const PARTY_FIELDS = ['role', 'name', 'organisation', 'municipalityId', 'department', 'email', 'phone', 'informed'] as const;
export type PartyField = (typeof PARTY_FIELDS)[number];

export const partyFieldId = (index: number, field: PartyField) => `referral-party-${index}-${field}`;

/**
 * The API's field names (as in invalidParams, e.g. `parties/0/role`) and the inputs they belong
 * to, in the order of the form, so the error summary lists problems top to bottom.
 */
export const REFERRAL_FIELD_IDS: Record<string, string> = {
  requestingMunicipalityId: 'referral-municipality',
  caseType: 'referral-type',
  title: 'referral-title',
  description: 'referral-description',
  parties: partyFieldId(0, 'role'),
  ...Object.fromEntries(
    Array.from({ length: MAX_PARTIES }, (_, i) => PARTY_FIELDS.map((f) => [`parties/${i}/${f}`, partyFieldId(i, f)] as const)).flat(),
  ),
  referralSource: 'referral-source',
  urgency: 'referral-urgency',
  preferredLanguage: 'referral-language',
  wantsExternalMediator: 'referral-external',
  objection: 'referral-objection-sent',
  'objection/decisionSentOn': 'referral-objection-sent',
  'objection/advisoryCommittee': 'referral-objection-committee',
};

/** Languages offered for the conversations; Dutch first, the names come from the browser (Intl). */
export const LANGUAGES = ['nl', 'en', 'de', 'fr', 'es', 'pt', 'pl', 'ro', 'bg', 'uk', 'ru', 'tr', 'ar', 'ber', 'ti', 'so', 'fa', 'fy'] as const;

export function languageOptions(locale: string): { code: string; label: string }[] {
  const [first, ...rest] = LANGUAGES.map((code) => ({ code, label: languageName(code, locale) }));
  return [first!, ...rest.sort((a, b) => a.label.localeCompare(b.label, locale))];
}

export const PHONE_PATTERN = /^[0-9 +()-]*$/;

/** "Nederlands" for nl, in the current language; the code itself when the browser has no name. */
export function languageName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale === 'en' ? 'en-GB' : 'nl-NL'], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return code;
  }
}
