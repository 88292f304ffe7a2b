import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database.js';
import * as m0001 from './migrations/0001-foundation.js';
import * as m0002 from './migrations/0002-registry.js';
import * as m0003 from './migrations/0003-cases.js';
import * as m0004 from './migrations/0004-matching.js';
import * as m0005 from './migrations/0005-hours.js';
import * as m0006 from './migrations/0006-outcomes.js';
import * as m0007 from './migrations/0007-fairness-from-hours.js';
import * as m0008 from './migrations/0008-survey-invitation-party.js';
import * as m0009 from './migrations/0009-external-cost-engagement.js';
import * as m0010 from './migrations/0010-pool-contact.js';
import * as m0011 from './migrations/0011-drop-sent-mail-bodies.js';
import * as m0012 from './migrations/0012-final-period-guards.js';
import * as m0013 from './migrations/0013-disclosed-relationship.js';
import * as m0014 from './migrations/0014-objection-adjournment-and-pool-holidays.js';
import * as m0015 from './migrations/0015-case-number-five-digits.js';
import * as m0016 from './migrations/0016-list-indexes.js';
import * as m0017 from './migrations/0017-flat-reports-and-matching-facts.js';
import * as m0020 from './migrations/0020-audit-chain-and-processing.js';
import * as m0018 from './migrations/0018-second-factor.js';
import * as m0021 from './migrations/0021-retention-and-destruction.js';
import * as m0022 from './migrations/0022-knowledge-base-and-case-discussion.js';
import * as m0019 from './migrations/0019-single-sign-on.js';
import * as m0024 from './migrations/0024-events-and-growth.js';
import * as m0025 from './migrations/0025-pool-memberships.js';
import * as m0026 from './migrations/0026-knowledge-documents-and-event-changes.js';
import * as m0027 from './migrations/0027-lending-agreements.js';
import * as m0028 from './migrations/0028-mediator-loans.js';
import * as m0031 from './migrations/0031-lent-hours-settled.js';
import * as m0029 from './migrations/0029-directory-initiatives.js';
import * as m0030 from './migrations/0030-front-door.js';
import * as m0023 from './migrations/0023-intervision-and-polls.js';
import * as m0032 from './migrations/0032-pool-benchmark-consent.js';
import * as m0034 from './migrations/0034-directory-pool-text.js';

// Listed explicitly (not read from disk) so the order is reviewable and bundling cannot lose one.
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-registry': m0002,
  '0003-cases': m0003,
  '0004-matching': m0004,
  '0005-hours': m0005,
  '0006-outcomes': m0006,
  '0007-fairness-from-hours': m0007,
  '0008-survey-invitation-party': m0008,
  '0009-external-cost-engagement': m0009,
  '0010-pool-contact': m0010,
  '0011-drop-sent-mail-bodies': m0011,
  '0012-final-period-guards': m0012,
  '0013-disclosed-relationship': m0013,
  '0014-objection-adjournment-and-pool-holidays': m0014,
  '0015-case-number-five-digits': m0015,
  '0016-list-indexes': m0016,
  '0017-flat-reports-and-matching-facts': m0017,
  '0020-audit-chain-and-processing': m0020,
  '0018-second-factor': m0018,
  '0021-retention-and-destruction': m0021,
  '0022-knowledge-base-and-case-discussion': m0022,
  '0019-single-sign-on': m0019,
  '0024-events-and-growth': m0024,
  '0025-pool-memberships': m0025,
  '0026-knowledge-documents-and-event-changes': m0026,
  '0027-lending-agreements': m0027,
  '0028-mediator-loans': m0028,
  '0031-lent-hours-settled': m0031,
  '0029-directory-initiatives': m0029,
  '0030-front-door': m0030,
  '0023-intervision-and-polls': m0023,
  '0032-pool-benchmark-consent': m0032,
  '0034-directory-pool-text': m0034,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Applies every pending migration; throws with the failing migration's name on error. */
export async function migrateToLatest(db: Database): Promise<string[]> {
  // Unordered: features land in parallel, so an install may have run 0020 before 0019 arrives.
  // Each migration must therefore stand on its own (no migration relies on a higher-numbered one).
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
