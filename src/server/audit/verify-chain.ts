import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * Recomputes the audit log's hash chain (migration 0020, ADR 0017) and reports the first broken
 * link. The canonical text of a row is built here by the same jsonb expression the trigger uses,
 * and the hash is computed here, in Node: a changed trigger function or a changed row both show.
 */
export type ChainBreakReason =
  /** The row's content no longer gives the hash stored for it. */
  | 'content-changed'
  /** The link does not name the previous link's hash (a link was replaced or rewritten). */
  | 'link-broken'
  /** A sequence number is missing: a link was removed. */
  | 'sequence-gap'
  /** The link's audit row is gone. */
  | 'row-missing'
  /** An audit row without a link: written past the trigger. */
  | 'row-unchained';

export interface ChainBreak {
  reason: ChainBreakReason;
  /** The link's sequence number (where it broke in the chain's order), when there is one. */
  seq: number | null;
  /** The audit row's id, when there is one. */
  auditId: number | null;
}

export interface ChainReport {
  intact: boolean;
  /** Links checked (all of them when intact; those before the break otherwise). */
  checked: number;
  head: { seq: number; hash: string } | null;
  firstBreak: ChainBreak | null;
}

export const GENESIS_HASH = '0'.repeat(64);
const BATCH = 2_000;

interface LinkRow {
  seq: number;
  audit_id: number;
  prev_hash: string;
  hash: string;
  canonical: string | null;
}

export async function verifyAuditChain(db: Kysely<DB>): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let head: ChainReport['head'] = null;
  const broken = (b: ChainBreak): ChainReport => ({ intact: false, checked, head, firstBreak: b });
  for (;;) {
    const { rows } = await sql<LinkRow>`
      SELECT c.seq, c.audit_id, c.prev_hash, c.hash,
             CASE WHEN e.id IS NULL THEN NULL ELSE jsonb_build_object(
               'v', 1, 'seq', c.seq, 'id', e.id, 'pool', e.pool_id,
               'at', (extract(epoch FROM e.at) * 1000000)::bigint,
               'actor', e.actor_user_id, 'actorLabel', e.actor_label, 'action', e.action,
               'objectType', e.object_type, 'objectId', e.object_id, 'result', e.result,
               'purpose', e.purpose, 'requestId', e.request_id, 'origin', e.origin,
               'detail', e.detail, 'activity', e.activity, 'subjectType', e.subject_type,
               'subjectId', e.subject_id, 'traceId', e.trace_id)::text END AS canonical
      FROM audit_chain c LEFT JOIN audit_event e ON e.id = c.audit_id
      WHERE c.seq >= ${expectedSeq}
      ORDER BY c.seq
      LIMIT ${BATCH}`.execute(db);
    for (const link of rows) {
      const seq = Number(link.seq);
      const auditId = Number(link.audit_id);
      if (seq !== expectedSeq) return broken({ reason: 'sequence-gap', seq: expectedSeq, auditId: null });
      if (link.prev_hash !== prev) return broken({ reason: 'link-broken', seq, auditId });
      if (link.canonical === null) return broken({ reason: 'row-missing', seq, auditId });
      const hash = createHash('sha256').update(prev + link.canonical, 'utf8').digest('hex');
      if (hash !== link.hash) return broken({ reason: 'content-changed', seq, auditId });
      prev = link.hash;
      head = { seq, hash: link.hash };
      checked++;
      expectedSeq++;
    }
    if (rows.length < BATCH) break;
  }
  // Committed rows and their links commit together, so a row without one was written past the trigger.
  const unchained = await sql<{ id: number }>`
    SELECT e.id FROM audit_event e WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.audit_id = e.id)
    ORDER BY e.id LIMIT 1`.execute(db);
  if (unchained.rows[0]) return broken({ reason: 'row-unchained', seq: null, auditId: Number(unchained.rows[0].id) });
  return { intact: true, checked, head, firstBreak: null };
}
