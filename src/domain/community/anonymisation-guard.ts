/**
 * The anonymisation guard of the case discussion (issue 16, item 5): a post may name the case
 * number of a concluded case, never data about its parties. Pure rules, no I/O: the server gives
 * the text and the linked case's party data, and refuses the post when anything is found. The
 * findings name a category only, never the data itself, so the refusal does not echo it back.
 */

/** What the guard looks for. */
export const FINDING_CATEGORIES = ['bsn', 'phone', 'email', 'postcode', 'party-name', 'party-email', 'party-phone', 'party-address'] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

/** The linked case's party data the text must not contain. */
export interface PartyData {
  names: readonly string[];
  emails: readonly string[];
  phones: readonly string[];
  addresses: readonly string[];
}

export const NO_PARTY_DATA: PartyData = { names: [], emails: [], phones: [], addresses: [] };

/** Why each category is refused, in Dutch, without the data found. */
export const FINDING_REASONS: Readonly<Record<FindingCategory, string>> = {
  bsn: 'De tekst bevat iets dat op een burgerservicenummer (BSN) lijkt. Haal het weg.',
  phone: 'De tekst bevat een telefoonnummer. Haal het weg.',
  email: 'De tekst bevat een e-mailadres. Haal het weg.',
  postcode: 'De tekst bevat een postcode. Haal adresgegevens weg.',
  'party-name': 'De tekst noemt de naam van een partij in de gekoppelde zaak. Beschrijf de partij zonder naam (bijvoorbeeld "de medewerker").',
  'party-email': 'De tekst bevat het e-mailadres van een partij in de gekoppelde zaak. Haal het weg.',
  'party-phone': 'De tekst bevat het telefoonnummer van een partij in de gekoppelde zaak. Haal het weg.',
  'party-address': 'De tekst bevat het adres van een partij in de gekoppelde zaak. Haal het weg.',
};

/** The elfproef of a BSN: 9 digits, 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11 (and not all zeros). */
export function passesElfproef(digits: string): boolean {
  if (!/^[0-9]{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** Lower case, accents removed, every run of non-letters and non-digits one space: "José  Çelik" → "jose celik". */
export function normaliseWords(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9@.]+/g, ' ')
    .replace(/\.(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** Dates and clock times look like phone numbers to a digit counter; they are blanked first. */
const DATE_OR_TIME = /\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[:.]\d{2}\b(?!\d)/g;
/** A case number (MP-2026-0012): the one identifier a post may name. */
const CASE_NUMBER = /\b[A-Z]{1,5}-\d{4}-\d{1,6}\b/g;

const blank = (text: string, pattern: RegExp) => text.replace(pattern, (m) => ' '.repeat(m.length));

/** 9 digits, alone or grouped with spaces, dots or hyphens (123456782, 1234.56.782). */
const BSN_CANDIDATE = /(?<![0-9])[0-9](?:[ .-]?[0-9]){8}(?![0-9])/g;
/**
 * Dutch phone numbers: 0 and nine digits (06-12345678, 0522 123 456, 010-1234567) or the
 * international form (+31 6 12345678, 0031 20 1234567, +31 (0)6 …), separated freely.
 */
const PHONE = /(?<![0-9+])(?:(?:\+|00)31[ .-]?(?:\(0\)[ .-]?)?|0)[1-9](?:[ .-]?[0-9]){8}(?![0-9])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** A Dutch postcode: four digits (not starting with 0) and two letters (1234 AB, 1234AB). */
const POSTCODE = /(?<![0-9A-Za-z])[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}(?![A-Za-z0-9])/g;

const digitsOf = (s: string) => s.replace(/[^0-9]/g, '');
/** A phone number's national digits: +31 6… and 0031 6… become 06…. */
export function nationalDigits(phone: string): string {
  const d = digitsOf(phone.replace(/\(0\)/g, ''));
  if (phone.trim().startsWith('+')) return d.startsWith('31') ? `0${d.slice(2)}` : d;
  if (d.startsWith('0031')) return `0${d.slice(4)}`;
  return d;
}

/** The family name of a full name ("Jan de Vries" → "de vries"), when long enough to mean something. */
function familyName(normalisedName: string): string | null {
  const words = normalisedName.trim().split(' ');
  if (words.length < 2) return null;
  const rest = words.slice(1).join(' ');
  const core = words[words.length - 1]!;
  return core.length >= 4 ? rest : null;
}

/**
 * Finds what the text must not contain, each category at most once, in the order of
 * FINDING_CATEGORIES. An empty list means the text may be posted.
 */
export function findPersonalData(text: string, party: PartyData = NO_PARTY_DATA): FindingCategory[] {
  const found = new Set<FindingCategory>();
  const withoutCaseNumbers = blank(text, CASE_NUMBER);
  const scan = blank(withoutCaseNumbers, DATE_OR_TIME);

  for (const m of scan.matchAll(BSN_CANDIDATE)) if (passesElfproef(digitsOf(m[0]))) found.add('bsn');
  const phonesInText = [...scan.matchAll(PHONE)].map((m) => nationalDigits(m[0]));
  if (phonesInText.length) found.add('phone');
  const emailsInText = [...text.matchAll(EMAIL)].map((m) => m[0].toLowerCase());
  if (emailsInText.length) found.add('email');
  if (POSTCODE.test(withoutCaseNumbers)) found.add('postcode');
  POSTCODE.lastIndex = 0;

  const words = normaliseWords(text);
  const has = (needle: string) => needle.trim().length > 0 && words.includes(` ${needle.trim()} `);
  for (const name of party.names) {
    const n = normaliseWords(name);
    const family = familyName(n);
    if (has(n) || (family !== null && has(family))) found.add('party-name');
  }
  for (const email of party.emails) {
    const e = email.trim().toLowerCase();
    if (e && (emailsInText.includes(e) || words.includes(` ${e} `))) found.add('party-email');
  }
  const allDigits = ` ${scan.replace(/[^0-9]+/g, (m) => (/^[ .()+-]+$/.test(m) && m.length <= 3 ? '' : ' '))} `;
  for (const phone of party.phones) {
    const p = nationalDigits(phone);
    if (p.length < 6) continue;
    const tail = p.slice(1);
    if (phonesInText.includes(p) || allDigits.includes(tail)) found.add('party-phone');
  }
  for (const address of party.addresses) {
    const a = normaliseWords(address);
    if (a.trim().length >= 5 && has(a)) found.add('party-address');
  }
  return FINDING_CATEGORIES.filter((c) => found.has(c));
}
