/** Outbox retry schedule: 1, 2, 4, ... minutes, capped at 6 hours; after 10 attempts a mail is failed. */
export const MAX_MAIL_ATTEMPTS = 10;

export function nextRetryDelayMs(attempts: number): number {
  const minutes = Math.min(2 ** Math.max(0, attempts - 1), 360);
  return minutes * 60_000;
}
