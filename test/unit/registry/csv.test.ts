import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeUtf8, detectDelimiter, readCsv } from '../../../src/domain/registry/csv.js';
import { protectCell, unprotectCell, writeCsv } from '../../../src/domain/exports/spreadsheet.js';

describe('CSV reading (RFC 4180)', () => {
  test('comma separated with CRLF, quotes, embedded delimiter, quote and line break', () => {
    const r = readCsv('a,b,c\r\n1,"x, y","he said ""hi"""\r\n2,"two\r\nlines",\r\n', { maxRows: 10 });
    assert.ok(r.ok);
    assert.equal(r.delimiter, ',');
    assert.deepEqual(r.header, ['a', 'b', 'c']);
    assert.deepEqual(r.rows, [
      { row: 2, fields: ['1', 'x, y', 'he said "hi"'] },
      { row: 3, fields: ['2', 'two\r\nlines', ''] },
    ]);
  });

  test('semicolons are detected from the header line, LF line ends and no final newline', () => {
    const r = readCsv('code;name\nGM0119;Meppel', { maxRows: 10 });
    assert.ok(r.ok);
    assert.equal(r.delimiter, ';');
    assert.deepEqual(r.rows[0]!.fields, ['GM0119', 'Meppel']);
  });

  test('a comma inside a quoted header field does not decide the delimiter', () => {
    assert.equal(detectDelimiter('"a,b";c;d\n1,2'), ';');
    assert.equal(detectDelimiter('a,b,c'), ',');
  });

  test('empty rows are skipped but keep the spreadsheet row numbers', () => {
    const r = readCsv('a;b\n;\n1;2\n\n', { maxRows: 10 });
    assert.ok(r.ok);
    assert.deepEqual(r.rows, [{ row: 3, fields: ['1', '2'] }]);
  });

  test('more rows than allowed stops early', () => {
    const text = 'a\n' + '1\n'.repeat(11);
    assert.deepEqual(readCsv(text, { maxRows: 10 }), { ok: false, error: { kind: 'too-many-rows', limit: 10 } });
    assert.ok(readCsv('a\n' + '1\n'.repeat(10), { maxRows: 10 }).ok);
  });

  test('a stray or unterminated quote is an error with its row', () => {
    assert.deepEqual(readCsv('a,b\n1,x"y\n', { maxRows: 10 }), { ok: false, error: { kind: 'quote', record: 2 } });
    assert.deepEqual(readCsv('a,b\n1,"xy\n', { maxRows: 10 }), { ok: false, error: { kind: 'quote', record: 2 } });
    assert.deepEqual(readCsv('a,b\n1,"x"y\n', { maxRows: 10 }), { ok: false, error: { kind: 'quote', record: 2 } });
  });

  test('an empty file has no header', () => {
    assert.deepEqual(readCsv('', { maxRows: 10 }), { ok: false, error: { kind: 'empty' } });
  });
});

describe('CSV bytes', () => {
  test('UTF-8 with and without BOM decodes; Windows-1252 bytes are refused', () => {
    const text = 'naam\nHoogeveen, Ee\u0308n\n';
    assert.equal(decodeUtf8(new TextEncoder().encode(text)), text);
    assert.equal(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])), text);
    assert.equal(decodeUtf8(new Uint8Array([0x6e, 0x61, 0x61, 0x6d, 0x0a, 0xeb])), null); // "ë" in Windows-1252
  });
});

describe('CSV writing', () => {
  test('quotes what needs quoting and reads back to the same values', () => {
    const rows = [
      ['GM0119', 'Meppel; "oud"', 'regel\neen', ' spatie '],
      ['GM0180', 'Staphorst', '', 'x'],
    ];
    for (const d of [',', ';'] as const) {
      const text = writeCsv(['a', 'b', 'c', 'd'], rows, d);
      assert.ok(text.startsWith('\ufeff'));
      assert.ok(text.endsWith('\r\n'));
      const back = readCsv(text, { maxRows: 10 });
      assert.ok(back.ok);
      assert.equal(back.delimiter, d);
      assert.deepEqual(back.rows.map((r) => r.fields), rows);
    }
  });

  test('cells that a spreadsheet would run as a formula are protected and restored', () => {
    for (const v of ['=SUM(A1)', '+31', '-x', '@cmd']) {
      assert.equal(protectCell(v), `'${v}`);
      assert.equal(unprotectCell(protectCell(v)), v);
    }
    assert.equal(protectCell('Meppel'), 'Meppel');
    assert.equal(unprotectCell("'t Harde"), "'t Harde");
  });
});
