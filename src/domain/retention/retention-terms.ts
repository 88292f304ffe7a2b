import { addDays, makeIsoDate, type IsoDate } from '../calendar/iso-date.js';

/**
 * What a pool keeps for how long (issue 17, item 3). Each kind has its own term, counted from its
 * own moment: a case file and what belongs to it from the day the case became final (closed,
 * withdrawn, referred), a survey answer from the month it was given, a mail from the day it was
 * sent (or queued). The defaults below say where they come from; a pool may choose other terms.
 */
export const RETENTION_KINDS = ['case_file', 'documents', 'hour_notes', 'survey_answers', 'mail_log'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export const isRetentionKind = (v: unknown): v is RetentionKind => typeof v === 'string' && (RETENTION_KINDS as readonly string[]).includes(v);

/** The kinds that are part of a case file: their term may not outlast the case file's (destruction of the file takes them along). */
export const CASE_PARTS: readonly RetentionKind[] = ['documents', 'hour_notes'];

export const RETENTION_MONTHS_MIN = 1;
export const RETENTION_MONTHS_MAX = 240;

export interface RetentionDefault {
  months: number;
  /** Where the default comes from, in Dutch (the web shows its own English beside it). */
  source: string;
}

/**
 * The defaults and their sources, stated as they are: the register's guidance for case files, and
 * Mediatorpool's own choice (storage limitation, AVG art. 5(1)(e)) where no rule sets a term. A
 * municipality's archivist checks the case type against the Selectielijst gemeenten en
 * intergemeentelijke organen 2020 (Stcrt. 2020, 11143) and sets the pool's terms accordingly.
 */
export const RETENTION_DEFAULTS: Readonly<Record<RetentionKind, RetentionDefault>> = {
  case_file: {
    months: 60,
    source: 'Richtlijn van het MfN-register: een mediationdossier ten minste 5 jaar na afloop bewaren. Toets het zaaktype met de archivaris aan de Selectielijst gemeenten en intergemeentelijke organen 2020 (Stcrt. 2020, 11143).',
  },
  documents: { months: 60, source: 'Onderdeel van het zaakdossier: dezelfde termijn als het dossier (richtlijn MfN-register, 5 jaar na afloop).' },
  hour_notes: { months: 60, source: 'Onderdeel van het zaakdossier: dezelfde termijn als het dossier. De uren zelf (minuten, datum, gemeenten) blijven voor de verrekening.' },
  survey_answers: { months: 24, source: 'Geen wettelijke termijn; keuze van Mediatorpool (AVG art. 5 lid 1 sub e, opslagbeperking): twee jaarverslagen lang. De scores blijven, zonder toelichting.' },
  mail_log: { months: 12, source: 'Geen wettelijke termijn; keuze van Mediatorpool (AVG art. 5 lid 1 sub e, opslagbeperking): een jaar om bezorging na te gaan.' },
};

/** The same day `months` calendar months later (the 31st becomes the month's last day). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return makeIsoDate(year, month, Math.min(d, lastDay));
}

/** The first day after the term: from then on the object may be put on a destruction list. */
export const destroyableFrom = (start: IsoDate, months: number): IsoDate => addDays(addMonths(start, months), 1);

/** Whether the term that started on `start` has passed on `today`. */
export const termHasPassed = (start: IsoDate, months: number, today: IsoDate): boolean => destroyableFrom(start, months) <= today;

export interface TermProblem {
  kind: RetentionKind;
  code: 'out-of-range' | 'longer-than-case-file';
  reason: string;
}

/** Checks a pool's terms: whole months within the bounds, and no part of a case file kept longer than the file itself. */
export function checkRetentionTerms(terms: Readonly<Record<RetentionKind, number>>): TermProblem[] {
  const problems: TermProblem[] = [];
  for (const kind of RETENTION_KINDS) {
    const months = terms[kind];
    if (!Number.isInteger(months) || months < RETENTION_MONTHS_MIN || months > RETENTION_MONTHS_MAX) {
      problems.push({ kind, code: 'out-of-range', reason: `Een termijn is een heel aantal maanden van ${RETENTION_MONTHS_MIN} tot en met ${RETENTION_MONTHS_MAX}.` });
    }
  }
  for (const kind of CASE_PARTS) {
    if (terms[kind] > terms.case_file) {
      problems.push({ kind, code: 'longer-than-case-file', reason: 'Dit hoort bij het zaakdossier en kan niet langer bewaard worden dan het dossier zelf.' });
    }
  }
  return problems;
}

/** The month a destruction list is proposed for, as `YYYY-MM`. */
export const listMonth = (today: IsoDate): string => today.slice(0, 7);
