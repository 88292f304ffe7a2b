import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Cases: referral, parties, triage, the lifecycle's event log, documents, the mediators on a case,
 * and the once-per-day job ledger. The table is `mediation_case` because `case` is reserved in SQL.
 */
const statements = [
  `
    -- Case numbers MP-YYYY-NNNN are consecutive per pool and year. The counter row is locked by
    -- the upsert, so two referrals at the same instant get different numbers.
    CREATE TABLE case_number_counter (
      pool_id uuid NOT NULL REFERENCES pool(id),
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
      last_number integer NOT NULL CHECK (last_number BETWEEN 1 AND 9999),
      PRIMARY KEY (pool_id, year)
    )
  `,
  `
    CREATE TABLE mediation_case (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      number text NOT NULL CHECK (number ~ '^MP-[0-9]{4}-[0-9]{4}$'),
      requesting_municipality_id uuid NOT NULL REFERENCES municipality(id),
      case_type text NOT NULL CHECK (case_type IN ('employment', 'citizen_government', 'neighbours', 'group', 'other')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      description text NOT NULL CHECK (length(description) <= 20000),
      status text NOT NULL DEFAULT 'registered' CHECK (status IN (
        'registered', 'triage', 'matching', 'proposed', 'assigned', 'in_progress',
        'concluded', 'aftercare', 'closed', 'withdrawn', 'referred')),
      route text CHECK (route IN ('formal_mediation', 'process_facilitator', 'neighbourhood_mediation', 'coaching',
        'group_mediation', 'external_mediator', 'refer_elsewhere', 'not_suitable')),
      referral_source text NOT NULL CHECK (referral_source IN ('hr', 'manager', 'complaints_officer', 'objections_officer',
        'party', 'police', 'housing_corporation', 'other')),
      urgency text NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'high', 'urgent')),
      preferred_language text NOT NULL DEFAULT 'nl' CHECK (preferred_language ~ '^[a-z]{2,3}$'),
      wants_external_mediator boolean NOT NULL DEFAULT false,
      referrer_user_id uuid NOT NULL REFERENCES app_user(id),
      referred_on date NOT NULL,
      first_contact_on date,
      assigned_on date,
      concluded_on date,
      closed_on date,
      -- Due dates are worked out with the pool's calendar when the case is referred (or its
      -- objection data change), so the list can filter on clock state in SQL.
      first_contact_due_on date,
      assignment_due_on date,
      conclusion_due_on date,
      statutory_due_on date,
      outcome_shareable boolean NOT NULL DEFAULT false,
      referred_to text CHECK (length(referred_to) <= 300),
      objection_decision_sent_on date,
      objection_advisory_committee boolean,
      objection_adjournment_weeks integer CHECK (objection_adjournment_weeks BETWEEN 1 AND 6),
      objection_postponement_days integer CHECK (objection_postponement_days BETWEEN 1 AND 365),
      objection_postponement_consent_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (pool_id, number),
      CHECK ((objection_postponement_days IS NULL) = (objection_postponement_consent_on IS NULL)),
      CHECK (objection_decision_sent_on IS NOT NULL OR objection_adjournment_weeks IS NULL)
    )
  `,
  `
    CREATE INDEX mediation_case_pool_status_idx ON mediation_case (pool_id, status, referred_on DESC)
  `,
  `
    CREATE INDEX mediation_case_municipality_idx ON mediation_case (requesting_municipality_id, referred_on DESC)
  `,
  `
    CREATE TABLE case_party (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      case_id uuid NOT NULL REFERENCES mediation_case(id),
      position integer NOT NULL CHECK (position BETWEEN 1 AND 50),
      role text NOT NULL CHECK (role IN ('employee', 'manager', 'citizen', 'neighbour', 'organisation_representative')),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      organisation text CHECK (length(organisation) <= 200),
      municipality_id uuid REFERENCES municipality(id),
      department text CHECK (length(department) <= 200),
      email text CHECK (length(email) <= 254),
      phone text CHECK (length(phone) <= 40),
      informed boolean NOT NULL DEFAULT false,
      UNIQUE (case_id, position)
    )
  `,
  `
    CREATE TABLE case_triage (
      case_id uuid PRIMARY KEY REFERENCES mediation_case(id),
      pool_id uuid NOT NULL REFERENCES pool(id),
      contra_indications text[] NOT NULL DEFAULT '{}',
      route text NOT NULL,
      reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
      justification text CHECK (length(justification) <= 4000),
      destination text CHECK (length(destination) <= 300),
      decided_by uuid NOT NULL REFERENCES app_user(id),
      decided_at timestamptz NOT NULL DEFAULT now()
    )
  `,
  `
    -- The case timeline: every transition and notable step, with actor and time.
    CREATE TABLE case_event (
      id bigserial PRIMARY KEY,
      pool_id uuid NOT NULL REFERENCES pool(id),
      case_id uuid NOT NULL REFERENCES mediation_case(id),
      at timestamptz NOT NULL DEFAULT now(),
      actor_user_id uuid REFERENCES app_user(id),
      actor_label text NOT NULL,
      kind text NOT NULL,
      from_status text,
      to_status text,
      reason text,
      detail jsonb NOT NULL DEFAULT '{}'::jsonb
    )
  `,
  `
    CREATE INDEX case_event_case_idx ON case_event (case_id, at, id)
  `,
  `
    -- Mediators on a case (lead and co-mediator), filled by matching once consent is complete.
    CREATE TABLE case_mediator (
      case_id uuid NOT NULL REFERENCES mediation_case(id),
      mediator_id uuid NOT NULL REFERENCES mediator_profile(id),
      pool_id uuid NOT NULL REFERENCES pool(id),
      role text NOT NULL CHECK (role IN ('lead', 'co')),
      assigned_at timestamptz NOT NULL DEFAULT now(),
      released_at timestamptz,
      PRIMARY KEY (case_id, mediator_id)
    )
  `,
  `
    CREATE TABLE case_document (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      case_id uuid NOT NULL REFERENCES mediation_case(id),
      kind text NOT NULL CHECK (kind IN ('mediation_agreement', 'consent_form', 'letter', 'other')),
      filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 200),
      content_type text NOT NULL,
      size_bytes integer NOT NULL CHECK (size_bytes > 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      content bytea NOT NULL,
      uploaded_by uuid NOT NULL REFERENCES app_user(id),
      uploaded_at timestamptz NOT NULL DEFAULT now()
    )
  `,
  `
    CREATE INDEX case_document_case_idx ON case_document (case_id, uploaded_at)
  `,
  `
    -- Scheduled work that must happen once per key (e.g. one deadline digest per coordinator per
    -- day), however many instances run and however often they restart.
    CREATE TABLE job_run (
      job_name text NOT NULL,
      run_key text NOT NULL,
      ran_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (job_name, run_key)
    )
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['DROP TABLE job_run, case_document, case_mediator, case_event, case_triage, case_party, mediation_case, case_number_counter']);
}
