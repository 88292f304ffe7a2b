/**
 * The type of an uploaded document, decided by its first bytes rather than by the name or the
 * type the browser claims. Only PDF is accepted for now.
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export function detectDocumentType(bytes: Uint8Array): 'application/pdf' | null {
  if (bytes.length >= PDF_MAGIC.length && PDF_MAGIC.every((b, i) => bytes[i] === b)) return 'application/pdf';
  return null;
}
