import type { AgreementsKept, Outcome } from '../../api/outcomes.js';

/** The Dutch texts of the outcome and aftercare forms on a case, as `t.outcomes`. */
export const outcomesNl = {
  title: 'Uitkomst en nazorg',
  outcomes: {
    full_agreement: 'Volledige overeenstemming',
    partial_agreement: 'Gedeeltelijke overeenstemming',
    no_agreement: 'Geen overeenstemming',
    stopped_by_party: 'Voortijdig gestopt door een partij',
    stopped_by_mediator: 'Gestopt door de mediator',
    other_party_refused: 'Andere partij weigerde',
    referred_on: 'Doorverwezen',
  } satisfies Record<Outcome, string>,
  kept: { yes: 'Ja', partly: 'Deels', no: 'Nee' } satisfies Record<AgreementsKept, string>,
  none: 'Nog geen uitkomst vastgelegd.',
  recorded: {
    outcome: 'Uitkomst',
    written: 'Schriftelijke overeenkomst',
    share: 'Uitkomst delen met de verwijzer',
    sessions: 'Gehouden gesprekken',
    minutes: 'Goedgekeurde minuten',
    aftercareDue: 'Nazorg op',
    kept: 'Afspraken nagekomen',
    note: 'Toelichting nazorg',
  },
  form: {
    heading: 'Uitkomst vastleggen',
    intro: 'Leg de uitkomst vast voordat u de zaak afrondt. Gesprekken en uren worden afgeleid uit wat al is geregistreerd.',
    outcome: 'Wat is de uitkomst van de mediation?',
    outcomeRequired: 'Kies de uitkomst.',
    written: 'Is er een schriftelijke vaststellingsovereenkomst?',
    writtenRequired: 'Geef aan of er een schriftelijke overeenkomst is.',
    share: 'Geven de partijen toestemming om de uitkomst met de verwijzer te delen?',
    shareHint: 'Alleen de categorie van de uitkomst, nooit de inhoud.',
    shareRequired: 'Geef aan of de partijen toestemming geven.',
    submit: 'Uitkomst opslaan',
    saved: 'De uitkomst is opgeslagen.',
  },
  aftercare: {
    heading: 'Nazorg vastleggen',
    intro: (due: string) => `Nazorg was gepland op ${due}. Daarna wordt de zaak gesloten.`,
    kept: 'Zijn de afspraken nagekomen?',
    keptRequired: 'Geef aan of de afspraken zijn nagekomen.',
    note: 'Toelichting (optioneel)',
    noteHint: 'Zonder namen of andere persoonsgegevens.',
    submit: 'Nazorg opslaan en zaak sluiten',
    saved: 'De nazorg is opgeslagen en de zaak is gesloten.',
  },
};

export type OutcomesMessages = typeof outcomesNl;
