import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Community, the rest of issue 16.
 *
 * Knowledge base documents with versions: an article of the knowledge base (a template such as
 * the mediation agreement, the declaration, the intake or privacy protocol, the pool's statute)
 * may carry an uploaded file (PDF, Word or OpenDocument text, at most 10 MB). Every upload is a
 * new version; all versions are kept (append-only for the runtime role, like the article's own
 * versions), so any earlier one can still be downloaded. Who may see them is the article's rule.
 *
 * Events: a cancelled event keeps who cancelled it and why (the mail to the registrants says so).
 *
 * New table and nullable columns only (IF NOT EXISTS): safe on existing data, and independent of
 * the other migrations of this wave.
 */
const statements = [
  `
    CREATE TABLE IF NOT EXISTS knowledge_document_version (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      article_id uuid NOT NULL REFERENCES knowledge_article(id),
      version integer NOT NULL CHECK (version >= 1),
      filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 200),
      content_type text NOT NULL CHECK (content_type IN (
        'application/pdf',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.oasis.opendocument.text'
      )),
      size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      content bytea NOT NULL,
      change_note text CHECK (length(change_note) <= 500),
      uploaded_by uuid NOT NULL REFERENCES app_user(id),
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (article_id, version)
    )
  `,
  'CREATE INDEX IF NOT EXISTS knowledge_document_version_pool_idx ON knowledge_document_version (pool_id, article_id)',
  'ALTER TABLE community_event ADD COLUMN IF NOT EXISTS cancelled_by uuid REFERENCES app_user(id)',
  'ALTER TABLE community_event ADD COLUMN IF NOT EXISTS cancel_reason text CHECK (length(cancel_reason) BETWEEN 1 AND 500)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'ALTER TABLE community_event DROP COLUMN IF EXISTS cancel_reason',
    'ALTER TABLE community_event DROP COLUMN IF EXISTS cancelled_by',
    'DROP TABLE IF EXISTS knowledge_document_version',
  ]);
}
