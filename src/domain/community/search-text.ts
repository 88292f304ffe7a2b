/**
 * What a knowledge-base search sends to the database. The text is read as plain words by
 * PostgreSQL's websearch_to_tsquery (quotes, "or" and a leading minus keep their everyday
 * meaning; nothing in it can make the query fail), so operators are not refused, only tidied.
 */

/** The longest search text accepted; longer is a 400 with this number in the message. */
export const SEARCH_MAX_LENGTH = 200;

/**
 * The search text with control characters and the tsquery operator characters (&, |, !, :, *, <, >,
 * parentheses, backslash) replaced by spaces and whitespace collapsed; null when nothing remains.
 */
export function searchText(raw: string | undefined | null): string | null {
  if (raw === undefined || raw === null) return null;
  const cleaned = raw
    .replace(/\p{Cc}/gu, ' ')
    .replace(/[&|!:*<>()\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > 0 ? cleaned : null;
}

/** Tags as stored: lower case, trimmed, single spaces, no duplicates, in the order given. */
export function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const tag = t.trim().replace(/\s+/g, ' ').toLowerCase();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}
