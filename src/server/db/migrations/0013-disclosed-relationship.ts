import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * MfN conduct rule 2.3: a relationship between a mediator and a party is disclosed, and the
 * mediator may act only when every party accepts it in writing (issue 12, item 12).
 *
 * - `case_proposal.disclosure`: the coordinator's words to the parties when proposing a mediator
 *   with a registered relationship (empty for every older proposal, which never had one).
 * - `party_consent.disclosure_refused`: the party did not accept the disclosed relationship (a
 *   refusal, which excludes the mediator for the case like any refusal). Older rows: false.
 * - An acceptance of a disclosure must be in writing: the party's own link, e-mail or a letter
 *   (a signed form). NOT VALID: older acceptances recorded by phone or in a meeting stay as they
 *   were recorded; every new row is checked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'ALTER TABLE case_proposal ADD COLUMN disclosure text CHECK (length(disclosure) BETWEEN 1 AND 4000)',
    'ALTER TABLE party_consent ADD COLUMN disclosure_refused boolean NOT NULL DEFAULT false',
    `ALTER TABLE party_consent ADD CONSTRAINT party_consent_disclosure_refused_check
       CHECK (NOT disclosure_refused OR (decision <> 'accept' AND disclosure_text IS NOT NULL AND NOT disclosure_accepted))`,
    `ALTER TABLE party_consent ADD CONSTRAINT party_consent_disclosure_in_writing
       CHECK (decision <> 'accept' OR disclosure_text IS NULL OR method IN ('link', 'email', 'letter')) NOT VALID`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'ALTER TABLE party_consent DROP CONSTRAINT party_consent_disclosure_in_writing',
    'ALTER TABLE party_consent DROP CONSTRAINT party_consent_disclosure_refused_check',
    'ALTER TABLE party_consent DROP COLUMN disclosure_refused',
    'ALTER TABLE case_proposal DROP COLUMN disclosure',
  ]);
}
