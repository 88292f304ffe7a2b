/**
 * The first `limit` lines of a settlement's figures for a page, and how many there are: a national
 * pool has over ten thousand lines a quarter, which nobody reads on a page and which would make
 * every detail request megabytes long. The figures are otherwise unchanged (the hash of a final
 * settlement is checked on the whole figures before this).
 */
export function capLines<F extends { lines: readonly unknown[] }>(figures: F, limit: number): { figures: F; linesTotal: number } {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`Not a line limit: ${limit}`);
  const linesTotal = figures.lines.length;
  return { figures: linesTotal > limit ? { ...figures, lines: figures.lines.slice(0, limit) } : figures, linesTotal };
}
