import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { PersonExport, PersonKind } from '../../../../contract/data-subjects.js';
import { canDataSubject } from '../policy.js';
import { gatherPerson } from '../gather.js';
import { personPdf } from '../person-pdf.js';

/**
 * Everything held about one person (AVG art. 15), as JSON or as a readable PDF. The export is a
 * read of their data and is recorded before it is gathered, so it lists itself among the reads.
 * A person of another pool is not found (404).
 */
async function exportBody(db: Kysely<DB>, ctx: AuditContext, actor: Actor, kind: PersonKind, personId: string, format: 'json' | 'pdf'): Promise<PersonExport> {
  ensureCan(canDataSubject, actor, 'export', { poolId: actor.poolId, kind });
  return db.transaction().execute(async (trx) => {
    // Gathered first: a person who is not the pool's is a 404 before anything is recorded.
    await gatherPerson(trx, actor.poolId, kind, personId);
    await writeAudit(trx, ctx, { action: 'data-subject.export', objectType: kind === 'party' ? 'party' : 'user', objectId: personId, purpose: 'rechten van betrokkenen', detail: { format } });
    const body = await gatherPerson(trx, actor.poolId, kind, personId);
    return body;
  });
}

export const exportPerson = (db: Kysely<DB>, ctx: AuditContext, actor: Actor, kind: PersonKind, personId: string): Promise<PersonExport> =>
  exportBody(db, ctx, actor, kind, personId, 'json');

export const exportPersonPdf = async (db: Kysely<DB>, ctx: AuditContext, actor: Actor, kind: PersonKind, personId: string): Promise<Buffer> =>
  personPdf(await exportBody(db, ctx, actor, kind, personId, 'pdf'));
