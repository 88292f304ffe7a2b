import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { csvCellText, figure, protectCell, unprotectCell, writeCsv } from '../../../src/domain/exports/spreadsheet.js';
import { readCsv } from '../../../src/domain/registry/csv.js';
import { protectedWorkbookBuffer } from '../../../src/server/exports/workbook.js';

describe('the protected spreadsheet writer', () => {
  test('text starting with = + - @ tab or carriage return gets a leading apostrophe, and only that', () => {
    for (const v of ['=', '+', '-', '@', '\t', '\r', '=HYPERLINK("http://x","y")', '+1', '-1+2', '@SUM(1)', '\tSanne', '\rx', '-', '--', "=1'"]) {
      assert.equal(protectCell(v), `'${v}`, JSON.stringify(v));
      assert.equal(unprotectCell(protectCell(v)), v, JSON.stringify(v));
    }
    // Not at the start, other leading characters, and the empty cell: unchanged.
    for (const v of ['', 'Meppel', 'a=b', 'x+1', ' =1', '\n=1', "'=1", "'t Harde", '1-2', '€ 5', '%', '(1)', '#REF!', '0']) {
      assert.equal(protectCell(v), v, JSON.stringify(v));
    }
    // Protecting twice changes nothing more; a real leading apostrophe is not taken off on import.
    assert.equal(protectCell(protectCell('=1')), "'=1");
    assert.equal(unprotectCell("'t Harde"), "'t Harde");
    assert.equal(unprotectCell("''=1"), "''=1");
  });

  test('numbers and figures are written as they are, text never passes for a figure', () => {
    assert.equal(csvCellText(-135), '-135');
    assert.equal(csvCellText(12.5), '12,5');
    assert.equal(csvCellText(-0.5), '-0,5');
    assert.equal(csvCellText(0), '0');
    assert.equal(csvCellText(null), '');
    assert.equal(csvCellText(undefined), '');
    assert.equal(csvCellText('-135'), "'-135", 'a number held as text is text');
    assert.equal(csvCellText(figure('-406,25')), '-406,25');
    assert.equal(csvCellText(figure('-6:30')), '-6:30');
    assert.equal(csvCellText(figure('2026')), '2026');
    for (const bad of ['+1', '-1+2', '=1', '@1', '\t1', '1e5', '-', '', ' 1', '1-', '--1', '1,', 'Meppel']) {
      assert.throws(() => figure(bad), RangeError, JSON.stringify(bad));
    }
    assert.throws(() => csvCellText(Number.NaN), RangeError);
    assert.throws(() => csvCellText(Number.POSITIVE_INFINITY), RangeError);
  });

  test('a CSV: header and text cells protected, quoted where needed, numbers untouched; reads back', () => {
    for (const d of [';', ','] as const) {
      const text = writeCsv(['=kop', 'b', 'c'], [['=SUM(A1)', -5, figure('-1,50')], ['\tx; "y"', 2.5, null]], d);
      const back = readCsv(text, { maxRows: 10, delimiter: d });
      assert.ok(back.ok);
      assert.deepEqual(back.header, ["'=kop", 'b', 'c']);
      assert.deepEqual(
        back.rows.map((r) => r.fields),
        [
          ["'=SUM(A1)", '-5', '-1,50'],
          ["'\tx; \"y\"", '2,5', ''],
        ],
      );
    }
  });

  test('a workbook: every text cell protected, numbers, dates and formulas kept', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad');
    ws.columns = [{ header: '=Kop', key: 'a' }, { header: 'Getal', key: 'b' }];
    ws.addRow({ a: '+1', b: -406.25 });
    ws.addRow({ a: 'Meppel', b: new Date('2026-01-01T00:00:00Z') });
    ws.getCell('C2').value = { richText: [{ text: '@SUM(1)' }, { text: ' en meer' }] };
    ws.getCell('C3').value = { text: '-1+2', hyperlink: 'https://example.test/' };
    ws.getCell('D2').value = { formula: 'B2*2', result: -812.5 };
    wb.addWorksheet('Tweede').addRow(['\tx', 7]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await protectedWorkbookBuffer(wb)) as unknown as ArrayBuffer);
    const blad = back.getWorksheet('Blad')!;
    assert.equal(blad.getCell('A1').value, "'=Kop");
    assert.equal(blad.getCell('A2').value, "'+1");
    assert.equal(blad.getCell('B2').value, -406.25);
    assert.equal(blad.getCell('A3').value, 'Meppel');
    assert.ok(blad.getCell('B3').value instanceof Date);
    assert.equal((blad.getCell('C2').value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join(''), "'@SUM(1) en meer");
    assert.equal((blad.getCell('C3').value as ExcelJS.CellHyperlinkValue).text, "'-1+2");
    assert.equal((blad.getCell('D2').value as ExcelJS.CellFormulaValue).formula, 'B2*2');
    assert.equal(back.getWorksheet('Tweede')!.getCell('A1').value, "'\tx");
    assert.equal(back.getWorksheet('Tweede')!.getCell('B1').value, 7);
  });
});

describe('every export goes through the protected writer', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const files = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(`${dir}/${e.name}`) : /\.tsx?$/.test(e.name) ? [`${dir}/${e.name}`] : []));
  const sources = files('src').map((f) => ({ f, text: readFileSync(path.join(root, f), 'utf8') }));

  test('only server/exports/workbook.ts writes a workbook', () => {
    const writers = sources.filter(({ text }) => /\.xlsx\.write(Buffer|File)?\(|\.csv\.write(Buffer|File)?\(/.test(text)).map(({ f }) => f);
    assert.deepEqual(writers, ['src/server/exports/workbook.ts']);
  });

  test('every file that builds a workbook hands it to protectedWorkbookBuffer', () => {
    const builders = sources.filter(({ text }) => /^import ExcelJS from 'exceljs'/m.test(text));
    assert.ok(builders.length >= 2, 'the settlement and report exports build workbooks');
    for (const { f, text } of builders) assert.match(text, /return protectedWorkbookBuffer\(/, f);
  });

  test('one CSV writer: no other writeCsv', () => {
    const writers = sources.filter(({ text }) => /function writeCsv\b|const writeCsv\b/.test(text)).map(({ f }) => f);
    assert.deepEqual(writers, ['src/domain/exports/spreadsheet.ts']);
  });
});
