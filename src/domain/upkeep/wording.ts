import { formatDutchDate, monthsBetween, daysBetween } from '../calendar/iso-date.js';

/** Dutch phrases for the upkeep reasons. */

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** 2159 → "35 uur en 59 minuten", 480 → "8 uur". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (m === 0) return `${h} uur`;
  if (h === 0) return plural(m, 'minuut', 'minuten');
  return `${h} uur en ${plural(m, 'minuut', 'minuten')}`;
}

/** Time left until `end` (exclusive): "8 maanden" from two months on, otherwise in days. */
export function timeLeft(today: string, end: string): string {
  const months = monthsBetween(today, end);
  if (months >= 2) return `${months} maanden`;
  return plural(Math.max(0, daysBetween(today, end)), 'dag', 'dagen');
}

export const dutchDate = formatDutchDate;
