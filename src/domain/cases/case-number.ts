import { DomainError } from '../calendar/domain-error.js';

/**
 * Case numbers `MP-YYYY-NNNN`: the referral year and a sequence per pool and year, padded to
 * four digits. The database hands out the sequence; a pool that passes 9999 cases in a year
 * gets five digits (MP-2026-10000) rather than a collision, up to the counter's integer ceiling.
 * Text order is not number order (MP-2026-10000 < MP-2026-9999 as text): lists sort by the
 * database's `number_order` column. Only the canonical form parses,
 * so there is exactly one spelling of each number (search may trim and ignore case).
 */
const PREFIX = 'MP';
const CASE_NUMBER = /^MP-(\d{4})-(\d{4}|[1-9]\d{4,9})$/;

export const MIN_CASE_YEAR = 2000;
export const MAX_CASE_YEAR = 9999;
/** The database's counter is an integer (and the CHECK on the number allows ten digits). */
export const MAX_CASE_SEQUENCE = 2_147_483_647;

export interface CaseNumberParts {
  readonly year: number;
  readonly sequence: number;
}

export function formatCaseNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < MIN_CASE_YEAR || year > MAX_CASE_YEAR) {
    throw new DomainError('invalid_case_number', `Ongeldig jaar voor een zaaknummer: ${year}.`);
  }
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > MAX_CASE_SEQUENCE) {
    throw new DomainError('invalid_case_number', `Ongeldig volgnummer voor een zaaknummer: ${sequence}.`);
  }
  return `${PREFIX}-${year}-${String(sequence).padStart(4, '0')}`;
}

/** The parts of a case number, or null when the text is not one. Ignores case and outer spaces. */
export function parseCaseNumber(text: string): CaseNumberParts | null {
  const m = CASE_NUMBER.exec(text.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  const sequence = Number(m[2]);
  if (year < MIN_CASE_YEAR || sequence < 1 || sequence > MAX_CASE_SEQUENCE) return null;
  return { year, sequence };
}

export const isCaseNumber = (text: string): boolean => parseCaseNumber(text) !== null;

/**
 * The order of case numbers: by year, then by sequence, so MP-2026-10000 comes after MP-2026-9999
 * (text order would put it before). The database's `number_order` column sorts the same way.
 */
export function compareCaseNumbers(a: string, b: string): number {
  const pa = parseCaseNumber(a);
  const pb = parseCaseNumber(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  return pa.year - pb.year || pa.sequence - pb.sequence;
}
