import type { AgreementsKept, Outcome } from '../../db/schema-outcomes.js';

export const OUTCOMES: readonly Outcome[] = [
  'full_agreement',
  'partial_agreement',
  'no_agreement',
  'stopped_by_party',
  'stopped_by_mediator',
  'other_party_refused',
  'referred_on',
];

/** Dutch labels, used in mails, exports and the annual report. */
export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  full_agreement: 'volledige overeenstemming',
  partial_agreement: 'gedeeltelijke overeenstemming',
  no_agreement: 'geen overeenstemming',
  stopped_by_party: 'voortijdig gestopt door een partij',
  stopped_by_mediator: 'gestopt door de mediator',
  other_party_refused: 'andere partij weigerde',
  referred_on: 'doorverwezen',
};

/** Agreement counts for the agreement rate: full and partial agreement. */
export const AGREEMENT_OUTCOMES: readonly Outcome[] = ['full_agreement', 'partial_agreement'];

export const AGREEMENTS_KEPT: readonly AgreementsKept[] = ['yes', 'partly', 'no'];
export const AGREEMENTS_KEPT_LABELS: Readonly<Record<AgreementsKept, string>> = { yes: 'ja', partly: 'deels', no: 'nee' };
