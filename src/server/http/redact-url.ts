/**
 * Links sent by e-mail carry a secret in their path (a party's consent link, the satisfaction
 * survey, an invitation, a password reset, a calendar feed). Whoever holds the link acts with
 * it, so request logs must never contain it: the secret segment is replaced before logging.
 */
const SECRET_PATHS = [
  /^(\/api\/v1\/consents\/)[^/?#]+/,
  /^(\/api\/v1\/satisfaction\/)[^/?#]+/,
  /^(\/api\/v1\/calendar-feeds\/)[^/?#]+/,
  /^(\/instemming\/)[^/?#]+/,
  /^(\/tevredenheid\/)[^/?#]+/,
  /^(\/uitnodiging\/)[^/?#]+/,
  /^(\/wachtwoord-herstellen\/)[^/?#]+/,
  /^(\/api\/v1\/front-door\/status\/)[^/?#]+/,
  /^(\/voorportaal\/status\/)[^/?#]+/,
];

export const REDACTED = '[verborgen]';

export function redactUrl(url: string): string {
  for (const pattern of SECRET_PATHS) {
    if (pattern.test(url)) return url.replace(pattern, `$1${REDACTED}`);
  }
  return url;
}
