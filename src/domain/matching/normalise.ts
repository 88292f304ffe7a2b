/**
 * Normalisation for comparing what people type: "Jan  de Vries", "jan de vries" and
 * "Jän de Vries." must all be the same person, and "Burgerzaken " the same department.
 */
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

export function normaliseName(value: string): string {
  // Fast path with the same result: plain ASCII has no marks to strip.
  if (PRINTABLE_ASCII.test(value)) return value.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Language codes: 'NL', ' nl ' and 'nl' are one language. */
export function normaliseLanguage(code: string): string {
  return code.trim().toLowerCase();
}
