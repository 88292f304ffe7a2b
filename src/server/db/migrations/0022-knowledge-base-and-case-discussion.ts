import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The community's knowledge base and case discussion (issue 16, items 4 and 5). New tables only
 * (IF NOT EXISTS), so the migration is safe on existing data and relies on no other migration of
 * the community work.
 *
 * Knowledge base: an article (kind: article, template, method note, literature) holds its current
 * version; every saved version is kept in `knowledge_article_version` (append-only: the runtime
 * role may only add and read rows). `search_vector` is written with each version in PostgreSQL's
 * Dutch text search configuration ('dutch': the Snowball stemmer, so "bemiddelingen" and
 * "bemiddeling" share the stem "bemiddel"); PGlite has the same configuration (ADR 0019).
 * Editors are chosen by a coordinator.
 *
 * Case discussion: closed threads of mediators and coordinators. A thread may name one concluded
 * case (only its number is shown); posts are checked by the anonymisation guard before they are
 * stored, a coordinator can hide one (audited). Followers get a daily or weekly digest when they
 * opted in.
 */
const statements = [
  `
    CREATE TABLE IF NOT EXISTS knowledge_article (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      kind text NOT NULL CHECK (kind IN ('article', 'template', 'method_note', 'literature')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      body_markdown text NOT NULL CHECK (length(body_markdown) <= 100000),
      tags text[] NOT NULL DEFAULT '{}',
      for_contacts boolean NOT NULL DEFAULT false,
      for_finance boolean NOT NULL DEFAULT false,
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      search_vector tsvector NOT NULL,
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid NOT NULL REFERENCES app_user(id),
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `,
  'CREATE INDEX IF NOT EXISTS knowledge_article_search_idx ON knowledge_article USING gin (search_vector)',
  'CREATE INDEX IF NOT EXISTS knowledge_article_list_idx ON knowledge_article (pool_id, updated_at, id)',
  'CREATE INDEX IF NOT EXISTS knowledge_article_tags_idx ON knowledge_article USING gin (tags)',
  `
    CREATE TABLE IF NOT EXISTS knowledge_article_version (
      article_id uuid NOT NULL REFERENCES knowledge_article(id),
      pool_id uuid NOT NULL REFERENCES pool(id),
      version integer NOT NULL CHECK (version >= 1),
      kind text NOT NULL,
      title text NOT NULL,
      body_markdown text NOT NULL,
      tags text[] NOT NULL DEFAULT '{}',
      for_contacts boolean NOT NULL,
      for_finance boolean NOT NULL,
      change_note text CHECK (length(change_note) <= 500),
      edited_by uuid NOT NULL REFERENCES app_user(id),
      edited_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (article_id, version)
    )
  `,
  `
    CREATE TABLE IF NOT EXISTS knowledge_editor (
      pool_id uuid NOT NULL REFERENCES pool(id),
      user_id uuid NOT NULL REFERENCES app_user(id),
      added_by uuid NOT NULL REFERENCES app_user(id),
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (pool_id, user_id)
    )
  `,
  `
    CREATE TABLE IF NOT EXISTS case_discussion_thread (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      case_id uuid REFERENCES mediation_case(id),
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_post_at timestamptz NOT NULL DEFAULT now()
    )
  `,
  'CREATE INDEX IF NOT EXISTS case_discussion_thread_list_idx ON case_discussion_thread (pool_id, last_post_at, id)',
  `
    CREATE TABLE IF NOT EXISTS case_discussion_post (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      thread_id uuid NOT NULL REFERENCES case_discussion_thread(id),
      author_id uuid NOT NULL REFERENCES app_user(id),
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
      created_at timestamptz NOT NULL DEFAULT now(),
      hidden_at timestamptz,
      hidden_by uuid REFERENCES app_user(id),
      hidden_reason text CHECK (length(hidden_reason) <= 500),
      CHECK ((hidden_at IS NULL) = (hidden_by IS NULL))
    )
  `,
  'CREATE INDEX IF NOT EXISTS case_discussion_post_thread_idx ON case_discussion_post (thread_id, created_at, id)',
  'CREATE INDEX IF NOT EXISTS case_discussion_post_recent_idx ON case_discussion_post (pool_id, created_at)',
  `
    CREATE TABLE IF NOT EXISTS case_discussion_follow (
      thread_id uuid NOT NULL REFERENCES case_discussion_thread(id),
      user_id uuid NOT NULL REFERENCES app_user(id),
      pool_id uuid NOT NULL REFERENCES pool(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (thread_id, user_id)
    )
  `,
  'CREATE INDEX IF NOT EXISTS case_discussion_follow_user_idx ON case_discussion_follow (user_id)',
  `
    CREATE TABLE IF NOT EXISTS case_discussion_digest (
      user_id uuid PRIMARY KEY REFERENCES app_user(id),
      pool_id uuid NOT NULL REFERENCES pool(id),
      frequency text NOT NULL CHECK (frequency IN ('off', 'daily', 'weekly')),
      last_sent_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}
