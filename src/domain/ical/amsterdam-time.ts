/**
 * Europe/Amsterdam wall-clock time from and to instants, by the EU summer-time rule (in force
 * since 1996): CEST (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of October
 * 01:00 UTC, CET (UTC+1) otherwise. Pure arithmetic, so the result never depends on the machine's
 * time zone database; the VTIMEZONE in vtimezone.ts states the same rule to calendar clients.
 */

export interface LocalDateTime {
  /** `YYYY-MM-DD` */
  readonly date: string;
  /** `HH:MM` */
  readonly time: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Day of the month of the last Sunday of `month` (1-12) in `year`. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Start (inclusive) and end (exclusive) of summer time in `year`, as UTC milliseconds. */
export function summerTimeBounds(year: number): { start: number; end: number } {
  return {
    start: Date.UTC(year, 2, lastSunday(year, 3), 1),
    end: Date.UTC(year, 9, lastSunday(year, 10), 1),
  };
}

/** Minutes ahead of UTC at this instant: 120 in summer, 60 in winter. */
export function amsterdamOffsetMinutes(instant: Date): 60 | 120 {
  const ms = instant.getTime();
  const { start, end } = summerTimeBounds(instant.getUTCFullYear());
  return ms >= start && ms < end ? 120 : 60;
}

/** The wall-clock date and time in Amsterdam at this instant. */
export function toAmsterdamLocal(instant: Date): LocalDateTime {
  const shifted = new Date(instant.getTime() + amsterdamOffsetMinutes(instant) * 60_000);
  return {
    date: `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`,
    time: `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`,
  };
}

export type FromLocalResult =
  | { readonly ok: true; readonly instant: Date; readonly ambiguous: boolean }
  | { readonly ok: false; readonly reason: 'invalid' | 'nonexistent' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant of an Amsterdam wall-clock time. A time skipped when summer time starts (02:00-02:59
 * on the last Sunday of March) does not exist. A time that occurs twice when it ends (02:00-02:59
 * on the last Sunday of October) is taken in summer time, the first occurrence, and flagged.
 */
export function fromAmsterdamLocal(date: string, time: string): FromLocalResult {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return { ok: false, reason: 'invalid' };
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const asUtc = Date.UTC(year, month - 1, day, Number(t[1]), Number(t[2]));
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return { ok: false, reason: 'invalid' };
  }
  const candidates = [120, 60]
    .map((offset) => new Date(asUtc - offset * 60_000))
    .filter((instant) => {
      const local = toAmsterdamLocal(instant);
      return local.date === date && local.time === time;
    });
  if (candidates.length === 0) return { ok: false, reason: 'nonexistent' };
  return { ok: true, instant: candidates[0]!, ambiguous: candidates.length > 1 };
}
