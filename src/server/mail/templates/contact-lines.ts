/** The pool's contact details as stored in its settings; either may be missing. */
export interface PoolContact {
  email: string | null;
  phone: string | null;
}

/**
 * "Vragen? …" for mails to parties: they get mail from a no-reply address and have no account,
 * so the mail itself says where to turn. Nothing when the pool has not filled in a contact.
 */
export function contactLines(contact: PoolContact | null | undefined): string[] {
  const ways = [contact?.email, contact?.phone ? `telefoon ${contact.phone}` : null].filter((w): w is string => Boolean(w));
  if (ways.length === 0) return [];
  return ['', `Vragen? Neem contact op met de coördinator van de pool: ${ways.join(' of ')}.`];
}
