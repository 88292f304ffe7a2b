/**
 * The text rules of RFC 5545: escaping of TEXT values (3.3.11), quoting of parameter values
 * (3.2), date-time forms (3.3.5) and line folding at 75 octets (3.1).
 */

/** Backslash, semicolon, comma and line breaks are escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return withoutControls(value.replace(/\r\n|\r/g, '\n'), true).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/** Drops control characters (keeping line feeds when asked); written without a control-character regex. */
function withoutControls(value: string, keepNewline: boolean): string {
  return [...value].filter((ch) => {
    const code = ch.charCodeAt(0);
    if (keepNewline && ch === '\n') return true;
    return code >= 0x20 && code !== 0x7f;
  }).join('');
}

/** A parameter value (e.g. CN): quoted when it holds `:`, `;` or `,`; DQUOTE and controls cannot appear. */
export function paramValue(value: string): string {
  const clean = withoutControls(value, false).replaceAll('"', '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20261024T120000Z` */
export function formatUtcDateTime(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/** `2026-10-24` + `14:00` → `20261024T140000` (a local "floating" form, used with TZID). */
export function formatLocalDateTime(date: string, time: string): string {
  return `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;
}

const encoder = new TextEncoder();

/**
 * Folds a content line so that no physical line is longer than 75 octets (CRLF excluded); each
 * continuation starts with one space. Never splits inside a UTF-8 character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  // The first line holds 75 octets; continuations hold 74 after their leading space.
  let limit = 75;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    if (currentBytes + bytes > limit) {
      parts.push(current);
      current = '';
      currentBytes = 0;
      limit = 74;
    }
    current += ch;
    currentBytes += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
