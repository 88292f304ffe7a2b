import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acceptedKnowledgeDocument, documentFilename } from '../../../src/domain/community/knowledge-document.js';

const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0) & 0xff));

test('PDF, docx and odt are accepted by their bytes; images, spreadsheets and text are not', () => {
  assert.equal(acceptedKnowledgeDocument(bytes('%PDF-1.7\n'))?.extension, 'pdf');
  assert.equal(acceptedKnowledgeDocument(bytes('PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.text'))?.extension, 'odt');
  assert.equal(acceptedKnowledgeDocument(bytes('PK\x03\x04 [Content_Types].xml word/document.xml'))?.extension, 'docx');
  assert.equal(acceptedKnowledgeDocument(bytes('PK\x03\x04 [Content_Types].xml xl/workbook.xml')), null);
  assert.equal(acceptedKnowledgeDocument(bytes('\x89PNG\r\n\x1a\n')), null);
  assert.equal(acceptedKnowledgeDocument(bytes('just text, named model.pdf')), null);
});

test('the file name keeps its words, loses paths and odd characters, and takes the real extension', () => {
  assert.equal(documentFilename('Mediationovereenkomst 2026.docx', 'docx'), 'Mediationovereenkomst 2026.docx');
  assert.equal(documentFilename('C:\\temp\\statuten.PDF', 'pdf'), 'statuten.pdf');
  assert.equal(documentFilename('../../etc/passwd', 'pdf'), 'passwd.pdf');
  assert.equal(documentFilename('pro"to<col>.odt', 'odt'), 'protocol.odt');
  assert.equal(documentFilename('verklaring.exe', 'pdf'), 'verklaring.pdf');
  assert.equal(documentFilename('   ', 'pdf'), 'document.pdf');
});
