import { Type, type Static } from 'typebox';
import { MAX_CASE_DOCUMENT_BYTES } from '../domain/documents/detect-document-type.js';
import { DateTime, LIST_REACH, Nullable, Obj, PageQuery, Uuid, pageOf } from './common.js';
import { SEARCH_MAX_LENGTH } from '../domain/community/search-text.js';

/**
 * The knowledge base's contract (issue 16, item 4): articles and documents (templates, method
 * notes, literature) in Markdown with every version kept, tags, a Dutch full-text search, and the
 * editors a coordinator chooses. The server renders the Markdown to sanitised HTML (ADR 0019).
 */

export const KNOWLEDGE_ACTIONS = ['list', 'read', 'create', 'update', 'read-versions', 'manage-editors'] as const;
export type KnowledgeAction = (typeof KNOWLEDGE_ACTIONS)[number];
const KnowledgeActionSchema = Type.Enum(KNOWLEDGE_ACTIONS);

/** Problem codes besides the general ones: an edit on a version someone else replaced. */
export const KNOWLEDGE_PROBLEMS = ['stale-version', 'document-too-large'] as const;

export const KNOWLEDGE_KINDS = ['article', 'template', 'method_note', 'literature'] as const;
export const KnowledgeKindSchema = Type.Enum(KNOWLEDGE_KINDS, { description: 'Artikel, sjabloon, methodiek-notitie of literatuur' });
export type KnowledgeKind = Static<typeof KnowledgeKindSchema>;

export const ArticleParams = Obj({ articleId: Uuid });
export const ArticleVersionParams = Obj({ articleId: Uuid, version: Type.Integer({ minimum: 1, maximum: 100000 }) });
export const EditorParams = Obj({ userId: Uuid });

const Tag = Type.String({ minLength: 1, maxLength: 40 });

export const ArticleListQuery = Obj({
  q: Type.Optional(Type.String({ maxLength: SEARCH_MAX_LENGTH, description: `Zoekwoorden (Nederlands, met woordstammen); hooguit ${SEARCH_MAX_LENGTH} tekens` })),
  tag: Type.Optional(Tag),
  kind: Type.Optional(KnowledgeKindSchema),
  ...PageQuery,
});
export type ArticleListInput = Static<typeof ArticleListQuery>;

export const ArticleSummarySchema = Obj({
  id: Uuid,
  kind: KnowledgeKindSchema,
  title: Type.String(),
  tags: Type.Array(Type.String()),
  excerpt: Type.String({ description: 'Platte tekst: het begin van het artikel, of bij een zoekopdracht de passage met de zoekwoorden' }),
  version: Type.Integer(),
  forContacts: Type.Boolean(),
  forFinance: Type.Boolean(),
  updatedAt: DateTime,
});
export type ArticleSummary = Static<typeof ArticleSummarySchema>;

export const ArticleListSchema = Obj({
  ...pageOf(ArticleSummarySchema).properties,
  tags: Type.Array(Obj({ tag: Type.String(), count: Type.Integer() }), { description: 'De tags van de artikelen die u ziet, met hun aantal' }),
  allowedActions: Type.Array(KnowledgeActionSchema, { description: 'Wat u in de kennisbank mag doen (aanmaken, redacteuren kiezen)' }),
});
export type ArticleList = Static<typeof ArticleListSchema>;

export const ArticleSchema = Obj({
  id: Uuid,
  kind: KnowledgeKindSchema,
  title: Type.String(),
  tags: Type.Array(Type.String()),
  bodyMarkdown: Type.String(),
  bodyHtml: Type.String({ description: 'De Markdown als HTML, gesaneerd: geen scripts, geen event handlers, geen afbeeldingen of andere bronnen van elders' }),
  version: Type.Integer(),
  forContacts: Type.Boolean({ description: 'Ook zichtbaar voor contactpersonen van gemeenten' }),
  forFinance: Type.Boolean({ description: 'Ook zichtbaar voor financiën' }),
  createdBy: Type.String(),
  createdAt: DateTime,
  updatedBy: Type.String(),
  updatedAt: DateTime,
  allowedActions: Type.Array(KnowledgeActionSchema),
});
export type Article = Static<typeof ArticleSchema>;

const Title = Type.String({ minLength: 1, maxLength: 200 });
const Markdown = Type.String({ minLength: 1, maxLength: 100000, description: 'Markdown; HTML-blokken worden als tekst getoond, afbeeldingen van elders en scripts geweigerd' });

export const CreateArticleBody = Obj({
  kind: KnowledgeKindSchema,
  title: Title,
  bodyMarkdown: Markdown,
  tags: Type.Optional(Type.Array(Tag, { maxItems: 20 })),
  forContacts: Type.Optional(Type.Boolean()),
  forFinance: Type.Optional(Type.Boolean()),
});
export type CreateArticleInput = Static<typeof CreateArticleBody>;

export const UpdateArticleBody = Obj({
  /** The version the editor started from: another one means someone saved in between (409). */
  version: Type.Integer({ minimum: 1 }),
  kind: KnowledgeKindSchema,
  title: Title,
  bodyMarkdown: Markdown,
  tags: Type.Array(Tag, { maxItems: 20 }),
  forContacts: Type.Boolean(),
  forFinance: Type.Boolean(),
  changeNote: Type.Optional(Nullable(Type.String({ maxLength: 500, description: 'Wat er veranderd is (in de wijzigingsgeschiedenis)' }))),
});
export type UpdateArticleInput = Static<typeof UpdateArticleBody>;

export const ArticleVersionSummarySchema = Obj({
  version: Type.Integer(),
  title: Type.String(),
  editedBy: Type.String(),
  editedAt: DateTime,
  changeNote: Nullable(Type.String()),
});
export const ArticleVersionListSchema = Obj({ articleId: Uuid, title: Type.String(), current: Type.Integer(), items: Type.Array(ArticleVersionSummarySchema) });
export type ArticleVersionList = Static<typeof ArticleVersionListSchema>;

export const ArticleVersionSchema = Obj({
  articleId: Uuid,
  version: Type.Integer(),
  current: Type.Integer({ description: 'Het nummer van de huidige versie' }),
  kind: KnowledgeKindSchema,
  title: Type.String(),
  tags: Type.Array(Type.String()),
  bodyMarkdown: Type.String(),
  bodyHtml: Type.String(),
  editedBy: Type.String(),
  editedAt: DateTime,
  changeNote: Nullable(Type.String()),
});
export type ArticleVersion = Static<typeof ArticleVersionSchema>;

export const EditorSchema = Obj({ userId: Uuid, name: Type.String(), roles: Type.Array(Type.String()), editor: Type.Boolean(), addedAt: Nullable(DateTime) });
export const EditorListSchema = Obj({
  items: Type.Array(EditorSchema, { description: `De mediators en coördinatoren van de pool (hooguit ${LIST_REACH}), en wie van hen redacteur is` }),
  allowedActions: Type.Array(KnowledgeActionSchema),
});
export type Editor = Static<typeof EditorSchema>;
export type EditorList = Static<typeof EditorListSchema>;

/* ---------- Documents with versions (templates, protocols, the statute) ---------- */

/** An uploaded file of an article, as PDF, Word or OpenDocument text, at most 10 MB. */
export const KNOWLEDGE_DOCUMENT_MAX_BYTES = MAX_CASE_DOCUMENT_BYTES;
/** The request body limit of an upload: 10 MB of content as base64, with room to spare. */
export const KNOWLEDGE_DOCUMENT_BODY_LIMIT = 15 * 1024 * 1024;

export const DocumentVersionParams = Obj({ articleId: Uuid, version: Type.Integer({ minimum: 1, maximum: 100000 }) });

export const UploadDocumentVersionBody = Obj({
  filename: Type.String({ minLength: 1, maxLength: 200, description: 'De naam van het bestand; de extensie volgt het echte type' }),
  contentBase64: Type.String({ minLength: 4, maxLength: KNOWLEDGE_DOCUMENT_BODY_LIMIT, description: 'PDF, Word (docx) of OpenDocument-tekst (odt), hoogstens 10 MB, als base64' }),
  changeNote: Type.Optional(Type.String({ maxLength: 500, description: 'Wat er in deze versie veranderd is' })),
});
export type UploadDocumentVersionInput = Static<typeof UploadDocumentVersionBody>;

export const DocumentVersionSchema = Obj({
  version: Type.Integer(),
  filename: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedBy: Type.String(),
  uploadedAt: DateTime,
  changeNote: Nullable(Type.String()),
});
export type DocumentVersion = Static<typeof DocumentVersionSchema>;

export const ArticleDocumentSchema = Obj({
  articleId: Uuid,
  /** The newest version; null while no file was uploaded. */
  current: Nullable(DocumentVersionSchema),
  /** Every version, newest first: only for the full readers (mediators, coordinators); null for a contact or finance reader of a marked article, who gets the current one. */
  versions: Nullable(Type.Array(DocumentVersionSchema)),
  allowedActions: Type.Array(KnowledgeActionSchema, { description: 'update: een nieuwe versie uploaden' }),
});
export type ArticleDocument = Static<typeof ArticleDocumentSchema>;
