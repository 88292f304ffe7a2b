/**
 * Mail to the parties of a conflict (residents, employees without an account) goes through the
 * same outbox as every other mail. The administrator who keeps the outbox running may not see
 * cases, and a party's address next to "consent request" already says who is in a mediation.
 * The outbox view therefore shows a party's address masked: enough to recognise a bounced domain,
 * not enough to know the person.
 */

/** Outbox kinds addressed to a party of a case rather than to a user of the pool. */
export const PARTY_MAIL_KINDS: ReadonlySet<string> = new Set(['matching.consent-request', 'satisfaction-survey']);

/** `sanne.de.vries@example.org` → `s•••@example.org`; something without an @ → `•••`. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${address.slice(0, 1)}•••${address.slice(at)}`;
}

/** The recipient as the outbox view may show it. */
export const outboxRecipient = (kind: string, address: string): string => (PARTY_MAIL_KINDS.has(kind) ? maskAddress(address) : address);
