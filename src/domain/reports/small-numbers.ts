/**
 * The small-number rule of every published figure (issue 12, item 13): small groups identify
 * people, so a group of 1 to 4 cases is withheld, and nothing shown beside it may give it away.
 *
 * One pure function for every grouped table of the reports (by type, source, route, outcome and
 * month, the annual report and the CSV/XLSX exports read the same tables):
 * - primary suppression: a count cell with 1–4 is withheld (null); 0 is shown, an empty group is
 *   nobody;
 * - the cells that depend on a withheld count (its share, a part of it such as "with written
 *   agreement") are withheld in the same row;
 * - complementary suppression: when exactly one cell of a column is withheld and the column's total
 *   is published elsewhere, the next-smallest shown (non-zero) cell is withheld too, so that the
 *   withheld one is not the total minus the rest.
 */

/** Fewer cases than this in a group: withheld ("te weinig zaken"). */
export const MIN_GROUP = 5;

export type FigureCell = string | number | null;

/** A count that identifies people: 1 to MIN_GROUP − 1. */
export const isSmallCount = (v: FigureCell | undefined): boolean => typeof v === 'number' && v > 0 && v < MIN_GROUP;

export interface CountColumn {
  /** The column of counts. */
  key: string;
  /** Cells of the same row withheld with a withheld count (shares, parts of the count). */
  dependents?: readonly string[];
}

export interface SuppressionSpec {
  /** The count columns, in order: a dependent may itself be a later count column. */
  counts: readonly CountColumn[];
  /** The total of every count column is published (in the table or elsewhere in the report). */
  totalShown: boolean;
}

export interface WithheldCell {
  row: number;
  column: string;
}

export interface Suppressed<R extends Record<string, FigureCell>> {
  rows: R[];
  /** The cells set to null by the rule, so that a reader can mark them as withheld. */
  withheld: WithheldCell[];
}

/** Applies the small-number rule to the rows of one grouped table; the input is not changed. */
export function suppressSmallGroups<R extends Record<string, FigureCell>>(rows: readonly R[], spec: SuppressionSpec): Suppressed<R> {
  const hidden = rows.map(() => new Set<string>());
  const hide = (i: number, key: string) => {
    if (key in rows[i]!) hidden[i]!.add(key);
  };
  for (const col of spec.counts) {
    rows.forEach((r, i) => {
      if (isSmallCount(r[col.key])) hide(i, col.key);
    });
    const hiddenHere = rows.filter((r, i) => hidden[i]!.has(col.key) && r[col.key] !== 0 && r[col.key] !== null);
    if (spec.totalShown && hiddenHere.length === 1) {
      let next = -1;
      rows.forEach((r, i) => {
        const v = r[col.key];
        if (hidden[i]!.has(col.key) || typeof v !== 'number' || v <= 0) return;
        if (next < 0 || v < (rows[next]![col.key] as number)) next = i;
      });
      if (next >= 0) hide(next, col.key);
    }
    rows.forEach((_, i) => {
      if (hidden[i]!.has(col.key)) for (const d of col.dependents ?? []) hide(i, d);
    });
  }
  const withheld: WithheldCell[] = [];
  const out = rows.map((r, i) => {
    const h = hidden[i]!;
    if (h.size === 0) return { ...r };
    for (const column of h) withheld.push({ row: i, column });
    return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, h.has(k) ? null : v])) as R;
  });
  return { rows: out, withheld };
}

/** One published figure on its own (a count in the key figures): withheld when it is a small group. */
export const withholdSmall = (v: number | null): number | null => (isSmallCount(v) ? null : v);
