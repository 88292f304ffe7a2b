import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The public directory's other initiatives (issue 15, item 3): neighbourhood mediation teams,
 * informal-approach teams, the legal advice desk and the like, added by the platform administrator
 * beside the installation's pools. Installation-wide, like `pool`: no pool owns a row. The
 * municipalities are CBS codes of the reference list (checked by the command); a region is free
 * text for an initiative that names no municipalities ("Regio Utrecht").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `
      CREATE TABLE directory_initiative (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('neighbourhood_mediation', 'informal_approach', 'legal_advice', 'other')),
        municipality_codes text[] NOT NULL DEFAULT '{}',
        region text CHECK (char_length(region) <= 200),
        url text CHECK (char_length(url) <= 500),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `,
    'CREATE INDEX directory_initiative_codes_idx ON directory_initiative USING gin (municipality_codes)',
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['DROP TABLE IF EXISTS directory_initiative']);
}
