import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { badRequest } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { RetentionTermsInput } from '../../../../contract/retention.js';
import { checkRetentionTerms, RETENTION_KINDS } from '../../../../domain/retention/retention-terms.js';
import { canRetention } from '../policy.js';
import { loadRetentionTerms, upsertRetentionTerms } from '../repository/terms.js';

/** Sets some or all of the pool's terms; the whole set must hold together (no part outlasting its file). */
export async function updateRetentionTerms(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: RetentionTermsInput): Promise<void> {
  ensureCan(canRetention, actor, 'update-terms', { poolId: actor.poolId }, 'collection');
  const seen = new Set<string>();
  input.terms.forEach((t, i) => {
    if (seen.has(t.kind)) throw badRequest('Elke soort mag maar één keer voorkomen.', [{ name: `terms/${i}/kind`, code: 'duplicate', reason: 'Deze soort staat er al in.' }]);
    seen.add(t.kind);
  });
  const { months: before } = await loadRetentionTerms(trx, actor.poolId);
  const after = { ...before };
  for (const t of input.terms) after[t.kind] = t.months;
  const problems = checkRetentionTerms(after);
  if (problems.length > 0) {
    throw badRequest(
      'De bewaartermijnen passen niet bij elkaar.',
      problems.map((p) => ({ name: `terms/${Math.max(0, input.terms.findIndex((t) => t.kind === p.kind))}/months`, code: p.code, reason: p.reason })),
    );
  }
  await upsertRetentionTerms(trx, actor.poolId, actor.userId, input.terms);
  const changed = Object.fromEntries(RETENTION_KINDS.filter((k) => before[k] !== after[k]).map((k) => [k, { from: before[k], to: after[k] }]));
  await writeAudit(trx, ctx, { action: 'retention.terms.update', objectType: 'pool', objectId: actor.poolId, detail: { changed } });
}
