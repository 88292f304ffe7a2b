import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { capLines } from '../../../src/domain/settlement/index.js';

describe('the lines a settlement page shows', () => {
  const figures = (n: number) => ({ version: 1, lines: Array.from({ length: n }, (_, i) => ({ caseNumber: `MP-2026-${String(i + 1).padStart(4, '0')}` })) });

  it('up to the limit every line, with the total', () => {
    for (const n of [0, 1, 200]) {
      const f = figures(n);
      const capped = capLines(f, 200);
      assert.equal(capped.figures, f, 'the same object: nothing to cut');
      assert.equal(capped.linesTotal, n);
    }
  });

  it('above the limit the first lines in their order, the rest of the figures untouched, the total of all', () => {
    const f = figures(201);
    const capped = capLines(f, 200);
    assert.equal(capped.linesTotal, 201);
    assert.equal(capped.figures.lines.length, 200);
    assert.deepEqual(capped.figures.lines.at(-1), { caseNumber: 'MP-2026-0200' });
    assert.equal(capped.figures.version, 1);
    assert.equal(f.lines.length, 201, 'the figures given are not changed');
  });

  it('a limit that is not a whole number of lines is refused', () => {
    assert.throws(() => capLines(figures(3), -1), RangeError);
    assert.throws(() => capLines(figures(3), 1.5), RangeError);
  });
});
