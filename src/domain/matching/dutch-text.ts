/** Dutch wording for the reasons and explanations a coordinator reads. */
import type { CaseType, MediatorStatus } from './types.js';

const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

/** "arbeidsconflicten" reads naturally after "Geen ervaring met". */
export const CASE_TYPE_EXPERIENCE_TEXT: Record<CaseType, string> = {
  employment: 'arbeidsconflicten',
  citizen_government: 'conflicten tussen burger en overheid',
  neighbours: 'burenconflicten',
  group: 'groepsmediation',
  other: 'overige conflicten',
};

export const STATUS_TEXT: Record<MediatorStatus, string> = {
  active: 'actief',
  in_training: 'in opleiding',
  dormant: 'slapend',
  inactive: 'inactief',
  left: 'vertrokken',
};

interface DayParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function dayParts(date: string): DayParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const monthName = (month: number): string => MONTHS[month - 1] ?? String(month);

/**
 * "van 1 t/m 14 augustus", "van 28 juli t/m 3 augustus", "op 1 augustus"; the year is only
 * added when the range crosses a year, because the reason is read next to the case's period.
 */
export function describeDateRange(start: string, end: string): string {
  const a = dayParts(start);
  const b = dayParts(end);
  if (start === end) return `op ${a.day} ${monthName(a.month)}`;
  if (a.year !== b.year) {
    return `van ${a.day} ${monthName(a.month)} ${a.year} t/m ${b.day} ${monthName(b.month)} ${b.year}`;
  }
  if (a.month === b.month) return `van ${a.day} t/m ${b.day} ${monthName(b.month)}`;
  return `van ${a.day} ${monthName(a.month)} t/m ${b.day} ${monthName(b.month)}`;
}

/** Dutch decimal comma, at most `decimals` decimals, no trailing zeros: 12.5 → "12,5". */
export function formatDecimal(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const text = String(rounded).replace('.', ',');
  return value < 0 && rounded !== 0 ? `-${text}` : text;
}

/** 750 → "12,5 uur"; the sign is left to the sentence around it. */
export function formatHours(minutes: number): string {
  return `${formatDecimal(Math.abs(minutes) / 60, 2)} uur`;
}

export function formatCases(count: number): string {
  return count === 1 ? '1 zaak' : `${count} zaken`;
}
