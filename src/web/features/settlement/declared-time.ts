const MAX_MINUTES = 100_000;
type TimeProblem = 'timeRequired' | 'timeFormat' | 'timeRange';

/** "90" → 90 minutes, "12:30" → 750 minutes; a declaration can span many days, up to the API's limit. */
export function parseDeclaredTime(raw: string): { minutes: number } | { problem: TimeProblem } {
  const s = raw.trim();
  if (!s) return { problem: 'timeRequired' };
  const hm = /^(\d{1,4}):([0-5]\d)$/.exec(s);
  const minutes = hm ? Number(hm[1]) * 60 + Number(hm[2]) : /^\d{1,6}$/.test(s) ? Number(s) : NaN;
  if (Number.isNaN(minutes)) return { problem: 'timeFormat' };
  if (minutes < 1 || minutes > MAX_MINUTES) return { problem: 'timeRange' };
  return { minutes };
}
