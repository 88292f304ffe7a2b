import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { writeAudit, systemContext } from '../../../audit/write-audit.js';
import { purgeExpired } from '../repository/purge.js';

/**
 * Removes what can no longer be used: expired or used consent links and password resets, expired
 * sessions, the front door's expired status links, invitations nobody accepted (a month past their
 * expiry), login attempts older than 90 days. Installation-wide; the audit row counts what went.
 */
// policy: the installation's own upkeep, run by the retention job without an actor; it touches no record, only dead links and sessions
export async function purgeExpiredLinks(db: Kysely<DB>, now: Date = new Date()): Promise<Record<string, number>> {
  return db.transaction().execute(async (trx) => {
    const counts = await purgeExpired(trx, now);
    if (Object.values(counts).some((n) => n > 0)) {
      await writeAudit(trx, systemContext(null, 'bewaartermijnen'), { action: 'retention.purge', objectType: 'installation', detail: counts });
    }
    return counts;
  });
}
