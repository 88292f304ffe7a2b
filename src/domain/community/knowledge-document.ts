import { detectDocumentType, type DetectedType } from '../documents/detect-document-type.js';

/**
 * Which uploaded files the knowledge base keeps as a document of an article: templates and
 * protocols people open and fill in, so PDF, Word (docx) and OpenDocument text (odt). The type is
 * read from the bytes (documents/detect-document-type.ts), never from the name.
 */
export const KNOWLEDGE_DOCUMENT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
] as const;

export const KNOWLEDGE_DOCUMENT_LABELS = 'PDF, Word (docx) of OpenDocument-tekst (odt)';

/** The file's real type when the knowledge base accepts it, else null. */
export function acceptedKnowledgeDocument(bytes: Uint8Array): DetectedType | null {
  const type = detectDocumentType(bytes);
  return type && (KNOWLEDGE_DOCUMENT_TYPES as readonly string[]).includes(type.contentType) ? type : null;
}

/** A readable file name without path parts or control characters; the extension follows the real type. */
export function documentFilename(name: string, extension: string): string {
  const base = [...(name.split(/[\\/]/).pop() ?? '')]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && !'"<>|:*?'.includes(ch))
    .join('')
    .trim();
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '').slice(0, 150).trim() || 'document';
  return `${stem}.${extension}`;
}
