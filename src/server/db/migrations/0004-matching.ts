import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Matching: the pool's score weights, proposals with the mediators' declarations, each party's
 * consent (recorded by the coordinator or given through a personal link), exclusions per case
 * after a decline or a refusal, and external mediators. Every row carries pool_id.
 */
const statements = [
  `
    -- Weights of the soft ranking; a pool without a row uses the defaults of the matching domain.
    CREATE TABLE matching_settings (
      pool_id uuid PRIMARY KEY REFERENCES pool(id),
      weights jsonb NOT NULL CHECK (jsonb_typeof(weights) = 'object'),
      updated_by uuid REFERENCES app_user(id),
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `,
  `
    -- An independent, paid mediator for one case. Hours and costs are paid, not settled between
    -- members (issue 6 reads agreed_rate_cents, which is per hour).
    CREATE TABLE external_mediator_assignment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      case_id uuid NOT NULL REFERENCES mediation_case(id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      organisation text NOT NULL CHECK (length(organisation) BETWEEN 1 AND 200),
      mfn_number text NOT NULL CHECK (length(mfn_number) BETWEEN 1 AND 50),
      email text CHECK (length(email) <= 254),
      agreed_rate_cents integer NOT NULL CHECK (agreed_rate_cents BETWEEN 1 AND 10000000),
      chosen_by text NOT NULL CHECK (chosen_by IN ('parties', 'coordinator')),
      reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
      status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'assigned', 'refused', 'withdrawn', 'released')),
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      assigned_at timestamptz,
      released_at timestamptz
    )
  `,
  `
    CREATE INDEX external_mediator_assignment_case_idx ON external_mediator_assignment (case_id, created_at)
  `,
  `
    CREATE TABLE case_proposal (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      case_id uuid NOT NULL REFERENCES mediation_case(id),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'assigned', 'declined', 'refused', 'withdrawn')),
      proposed_by uuid NOT NULL REFERENCES app_user(id),
      proposed_at timestamptz NOT NULL DEFAULT now(),
      note text CHECK (length(note) <= 2000),
      closed_at timestamptz,
      close_reason text CHECK (length(close_reason) <= 2000),
      CHECK ((status = 'open') = (closed_at IS NULL))
    )
  `,
  `
    -- At most one proposal per case waits for answers.
    CREATE UNIQUE INDEX case_proposal_one_open ON case_proposal (case_id) WHERE status = 'open'
  `,
  `
    CREATE INDEX case_proposal_case_idx ON case_proposal (case_id, proposed_at)
  `,
  `
    -- The lead and optional co-mediator of a proposal, each with their own answer and declaration
    -- (MfN conduct rules 2.1-2.3). An external mediator's written declaration is entered by the
    -- coordinator, so it is answered from the start.
    CREATE TABLE proposal_mediator (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      proposal_id uuid NOT NULL REFERENCES case_proposal(id),
      case_id uuid NOT NULL REFERENCES mediation_case(id),
      mediator_id uuid REFERENCES mediator_profile(id),
      external_mediator_id uuid REFERENCES external_mediator_assignment(id),
      role text NOT NULL CHECK (role IN ('lead', 'co')),
      answer text CHECK (answer IN ('accepted', 'declined')),
      answered_at timestamptz,
      answered_by uuid REFERENCES app_user(id),
      no_interest_in_outcome boolean,
      no_earlier_advice boolean,
      relationships_disclosure text CHECK (length(relationships_disclosure) BETWEEN 1 AND 4000),
      decline_reason text CHECK (length(decline_reason) BETWEEN 1 AND 2000),
      UNIQUE (proposal_id, role),
      CHECK ((mediator_id IS NULL) <> (external_mediator_id IS NULL)),
      CHECK ((answer IS NULL) = (answered_at IS NULL)),
      CHECK (answer IS DISTINCT FROM 'accepted' OR (no_interest_in_outcome AND no_earlier_advice)),
      CHECK (answer IS DISTINCT FROM 'declined' OR decline_reason IS NOT NULL)
    )
  `,
  `
    CREATE INDEX proposal_mediator_mediator_idx ON proposal_mediator (mediator_id, proposal_id)
  `,
  `
    CREATE INDEX proposal_mediator_proposal_idx ON proposal_mediator (proposal_id)
  `,
  `
    -- One answer per party per proposal. method 'link' is the party itself through its personal
    -- link (recorded_by empty); otherwise the coordinator who recorded it.
    CREATE TABLE party_consent (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      proposal_id uuid NOT NULL REFERENCES case_proposal(id),
      case_id uuid NOT NULL REFERENCES mediation_case(id),
      party_id uuid NOT NULL REFERENCES case_party(id),
      decision text NOT NULL CHECK (decision IN ('accept', 'another_mediator', 'external_mediator')),
      reason text CHECK (length(reason) BETWEEN 1 AND 2000),
      method text NOT NULL CHECK (method IN ('phone', 'email', 'letter', 'meeting', 'link')),
      given_on date NOT NULL,
      recorded_by uuid REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      disclosure_text text,
      disclosure_accepted boolean NOT NULL DEFAULT false,
      UNIQUE (proposal_id, party_id),
      CHECK ((method = 'link') = (recorded_by IS NULL)),
      CHECK (decision <> 'accept' OR disclosure_text IS NULL OR disclosure_accepted)
    )
  `,
  `
    -- A party's personal consent link: only the SHA-256 of the token is kept.
    CREATE TABLE consent_link (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      proposal_id uuid NOT NULL REFERENCES case_proposal(id),
      party_id uuid NOT NULL REFERENCES case_party(id),
      token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      mail_id uuid REFERENCES mail_outbox(id),
      UNIQUE (proposal_id, party_id)
    )
  `,
  `
    -- Mediators who may no longer be proposed for a case: they declined it, or a party refused them.
    CREATE TABLE matching_exclusion (
      pool_id uuid NOT NULL REFERENCES pool(id),
      case_id uuid NOT NULL REFERENCES mediation_case(id),
      mediator_id uuid NOT NULL REFERENCES mediator_profile(id),
      kind text NOT NULL CHECK (kind IN ('declined', 'refused_by_party')),
      proposal_id uuid NOT NULL REFERENCES case_proposal(id),
      reason text CHECK (length(reason) <= 2000),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (case_id, mediator_id, kind)
    )
  `,
  `
    CREATE INDEX matching_exclusion_mediator_idx ON matching_exclusion (mediator_id, kind, created_at)
  `,
  `
    -- A counter per pool that moves whenever a fact matching reads about mediators changes, so a
    -- server can keep the pool's mediator facts in memory and know, with one cheap read, whether
    -- they are still current (see modules/matching/mediator-facts-cache.ts).
    CREATE TABLE matching_facts_version (
      pool_id uuid PRIMARY KEY REFERENCES pool(id),
      version bigint NOT NULL DEFAULT 0
    )
  `,
  `
    -- Runs at commit (deferred constraint trigger), once per pool per transaction: the counter row
    -- is locked only for the last instant of a commit, and the bump becomes visible together with
    -- the change it announces. A municipality (shared by all pools) moves every pool's counter.
    CREATE FUNCTION matching_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      p uuid;
      flag text;
    BEGIN
      IF TG_TABLE_NAME = 'municipality' THEN
        IF current_setting('mediatorpool.facts_all', true) = 'y' THEN RETURN NULL; END IF;
        PERFORM set_config('mediatorpool.facts_all', 'y', true);
        UPDATE matching_facts_version SET version = version + 1;
        RETURN NULL;
      END IF;
      IF TG_OP = 'DELETE' THEN p := OLD.pool_id; ELSE p := NEW.pool_id; END IF;
      flag := 'mediatorpool.facts_' || replace(p::text, '-', '');
      IF current_setting(flag, true) = 'y' THEN RETURN NULL; END IF;
      PERFORM set_config(flag, 'y', true);
      INSERT INTO matching_facts_version AS v (pool_id, version) VALUES (p, 1)
        ON CONFLICT (pool_id) DO UPDATE SET version = v.version + 1;
      RETURN NULL;
    END;
    $$
  `,
  ...[
    ['mediator_profile', 'INSERT OR UPDATE OR DELETE'],
    ['mediator_unavailability', 'INSERT OR UPDATE OR DELETE'],
    ['mediator_relationship', 'INSERT OR UPDATE OR DELETE'],
    ['upkeep_entry', 'INSERT OR UPDATE OR DELETE'],
    ['case_mediator', 'INSERT OR UPDATE OR DELETE'],
    ['case_proposal', 'INSERT OR UPDATE OR DELETE'],
    ['proposal_mediator', 'INSERT OR UPDATE OR DELETE'],
    ['matching_exclusion', 'INSERT OR UPDATE OR DELETE'],
    ['mediation_case', 'INSERT OR DELETE OR UPDATE OF status, concluded_on, case_type, pool_id'],
    ['app_user', 'INSERT OR DELETE OR UPDATE OF name, email, active, municipality_id, password_hash, pool_id'],
    ['invitation', 'INSERT OR DELETE OR UPDATE OF name, email, municipality_id, user_id, pool_id'],
    ['municipality', 'UPDATE OF name, lat, lon'],
  ].map(
    ([table, events]) => `
    CREATE CONSTRAINT TRIGGER ${table}_matching_facts AFTER ${events} ON ${table}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION matching_facts_changed()
  `,
  ),
];

/** Tables whose changes move matching_facts_version (see down). */
const FACT_TABLES = [
  'mediator_profile',
  'mediator_unavailability',
  'mediator_relationship',
  'upkeep_entry',
  'case_mediator',
  'case_proposal',
  'proposal_mediator',
  'matching_exclusion',
  'mediation_case',
  'app_user',
  'invitation',
  'municipality',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    ...FACT_TABLES.map((table) => `DROP TRIGGER ${table}_matching_facts ON ${table}`),
    'DROP FUNCTION matching_facts_changed()',
    'DROP TABLE matching_facts_version, matching_exclusion, consent_link, party_consent, proposal_mediator, case_proposal, external_mediator_assignment, matching_settings',
  ]);
}
