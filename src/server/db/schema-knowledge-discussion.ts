import type { ColumnType, Generated } from 'kysely';

/** Row types of the knowledge base and the case discussion (migration 0022). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export type KnowledgeKind = 'article' | 'template' | 'method_note' | 'literature';

export interface KnowledgeArticleTable {
  id: Generated<string>;
  pool_id: string;
  kind: KnowledgeKind;
  title: string;
  body_markdown: string;
  tags: TextArray;
  for_contacts: Generated<boolean>;
  for_finance: Generated<boolean>;
  version: Generated<number>;
  /** Written by the repository with every version (to_tsvector('dutch', …)); never read as a value. */
  search_vector: ColumnType<string, unknown, unknown>;
  created_by: string;
  created_at: Timestamp;
  updated_by: string;
  updated_at: Timestamp;
}

export interface KnowledgeArticleVersionTable {
  article_id: string;
  pool_id: string;
  version: number;
  kind: KnowledgeKind;
  title: string;
  body_markdown: string;
  tags: TextArray;
  for_contacts: boolean;
  for_finance: boolean;
  change_note: string | null;
  edited_by: string;
  edited_at: Timestamp;
}

/** Migration 0026: an uploaded file of an article (a template, a protocol, the statute), one row per version. */
export interface KnowledgeDocumentVersionTable {
  id: Generated<string>;
  pool_id: string;
  article_id: string;
  version: number;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  change_note: string | null;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

export interface KnowledgeEditorTable {
  pool_id: string;
  user_id: string;
  added_by: string;
  added_at: Timestamp;
}

export interface CaseDiscussionThreadTable {
  id: Generated<string>;
  pool_id: string;
  title: string;
  case_id: string | null;
  created_by: string;
  created_at: Timestamp;
  last_post_at: Timestamp;
}

export interface CaseDiscussionPostTable {
  id: Generated<string>;
  pool_id: string;
  thread_id: string;
  author_id: string;
  body: string;
  created_at: Timestamp;
  hidden_at: NullableTimestamp;
  hidden_by: string | null;
  hidden_reason: string | null;
}

export interface CaseDiscussionFollowTable {
  thread_id: string;
  user_id: string;
  pool_id: string;
  created_at: Timestamp;
}

export interface CaseDiscussionDigestTable {
  user_id: string;
  pool_id: string;
  frequency: 'off' | 'daily' | 'weekly';
  last_sent_at: NullableTimestamp;
  updated_at: Timestamp;
}

export interface KnowledgeDiscussionTables {
  knowledge_article: KnowledgeArticleTable;
  knowledge_article_version: KnowledgeArticleVersionTable;
  knowledge_document_version: KnowledgeDocumentVersionTable;
  knowledge_editor: KnowledgeEditorTable;
  case_discussion_thread: CaseDiscussionThreadTable;
  case_discussion_post: CaseDiscussionPostTable;
  case_discussion_follow: CaseDiscussionFollowTable;
  case_discussion_digest: CaseDiscussionDigestTable;
}
