/**
 * Decides what an uploaded file really is from its bytes, never from its name or the type the
 * browser claims: a file that says it is a PDF but is not, is refused.
 */
/** The largest document the pool stores: case documents and the signed covenant alike. */
export const MAX_CASE_DOCUMENT_BYTES = 10 * 1024 * 1024;

export interface DetectedType {
  contentType: string;
  extension: string;
  label: string;
}

const PDF: DetectedType = { contentType: 'application/pdf', extension: 'pdf', label: 'PDF' };
const PNG: DetectedType = { contentType: 'image/png', extension: 'png', label: 'PNG-afbeelding' };
const JPEG: DetectedType = { contentType: 'image/jpeg', extension: 'jpg', label: 'JPEG-afbeelding' };
const DOCX: DetectedType = { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', label: 'Word-document' };
const XLSX: DetectedType = { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', label: 'Excel-werkmap' };
const PPTX: DetectedType = { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx', label: 'PowerPoint-presentatie' };
const ODT: DetectedType = { contentType: 'application/vnd.oasis.opendocument.text', extension: 'odt', label: 'OpenDocument-tekst' };
const ODS: DetectedType = { contentType: 'application/vnd.oasis.opendocument.spreadsheet', extension: 'ods', label: 'OpenDocument-rekenblad' };
const OLE: DetectedType = { contentType: 'application/x-ole-storage', extension: 'doc', label: 'Office-document (oud formaat)' };

export const ACCEPTED_DOCUMENT_LABELS = 'PDF, PNG, JPEG, Word, Excel, PowerPoint of OpenDocument';

const startsWith = (b: Uint8Array, sig: number[], offset = 0) => b.length >= offset + sig.length && sig.every((v, i) => b[offset + i] === v);

/** Whether the bytes contain `text` (Latin-1), without Node's Buffer: the domain runs in the browser too. */
function contains(b: Uint8Array, text: string): boolean {
  const needle = Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    for (let j = 0; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function detectDocumentType(bytes: Uint8Array): DetectedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return OLE;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // OpenDocument stores an uncompressed "mimetype" entry first, its value right after the name.
    if (contains(bytes.subarray(0, 100), 'mimetypeapplication/vnd.oasis.opendocument.text')) return ODT;
    if (contains(bytes.subarray(0, 100), 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return ODS;
    if (contains(bytes, '[Content_Types].xml')) {
      if (contains(bytes, 'word/')) return DOCX;
      if (contains(bytes, 'xl/')) return XLSX;
      if (contains(bytes, 'ppt/')) return PPTX;
    }
  }
  return null;
}

/** Only a real PDF, e.g. the pool's signed covenant. */
export const isPdf = (bytes: Uint8Array): boolean => detectDocumentType(bytes) === PDF;

