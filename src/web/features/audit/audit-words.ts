import type { AuditMessages } from './i18n-nl.js';

/**
 * The audit log in words: an administrator reads "Uren goedgekeurd", not `hours.approve`. Every
 * action the server writes has an entry in the catalogue (test/unit/web/audit-words.test.ts reads
 * the server's code); a read recorded by a route (`<object>.read`) is "<object> ingezien"; an
 * action added later without words shows as "Andere handeling", never as a code.
 */
export function describeAuditAction(action: string, words: AuditMessages): string {
  const known = words.actions[action];
  if (known) return known;
  if (action.endsWith('.read')) return words.readOf(describeAuditObject(action, action.slice(0, -'.read'.length), words));
  return words.otherAction;
}

/** `session` is both a sign-in session and a mediation session; the action tells which. */
export function describeAuditObject(action: string, objectType: string, words: AuditMessages): string {
  if (objectType === 'session' && action.startsWith('session.')) return words.mediationSession;
  return words.objectTypes[objectType] ?? words.otherObject;
}
