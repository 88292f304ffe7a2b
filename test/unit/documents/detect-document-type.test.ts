import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectDocumentType } from '../../../src/domain/documents/detect-document-type.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

test('recognises each accepted type by its first bytes', () => {
  assert.equal(detectDocumentType(bytes('%PDF-1.7\n...'))?.extension, 'pdf');
  assert.equal(detectDocumentType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'))?.extension, 'png');
  assert.equal(detectDocumentType(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))?.extension, 'jpg');
  assert.equal(detectDocumentType(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))?.extension, 'doc');
  assert.equal(detectDocumentType(bytes('PK\x03\x04', 'xxxx[Content_Types].xml', 'word/document.xml'))?.extension, 'docx');
  assert.equal(detectDocumentType(bytes('PK\x03\x04', 'xxxx[Content_Types].xml', 'xl/workbook.xml'))?.extension, 'xlsx');
  assert.equal(detectDocumentType(bytes('PK\x03\x04', 'x'.repeat(26), 'mimetypeapplication/vnd.oasis.opendocument.text'))?.extension, 'odt');
});

test('refuses a file that only claims to be a PDF, plain ZIPs, text and empty files', () => {
  assert.equal(detectDocumentType(bytes('Dit is geen PDF, al heet het bestand brief.pdf')), null);
  assert.equal(detectDocumentType(bytes(' %PDF-1.7')), null, 'the signature must be at the very start');
  assert.equal(detectDocumentType(bytes('PK\x03\x04', 'random.txt')), null);
  assert.equal(detectDocumentType(new Uint8Array()), null);
  assert.equal(detectDocumentType(bytes('<html><script>alert(1)</script>')), null);
});
