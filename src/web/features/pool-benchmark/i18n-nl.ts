import type { PoolBenchmarkMeasure } from '../../api/pool-benchmark.js';

export const poolBenchmarkNl = {
  title: 'Vergelijken met andere pools',
  intro:
    'Hoe doet uw pool het naast andere pools? Pools die meedoen zien elkaars kerncijfers per kalenderjaar, met de naam van de pool. Nooit zaken, partijen of mediators: alleen getallen per pool.',
  toReports: 'Naar de rapportages',
  toBenchmark: 'Gemeente tegenover de pool (benchmark)',
  filtersLabel: 'Jaar van de vergelijking',
  year: 'Jaar',
  show: 'Tonen',
  caption: (year: number) => `Kerncijfers per pool in ${year}`,
  pool: 'Pool',
  ownPool: 'uw pool',
  median: 'Mediaan van alle pools',
  measures: {
    referrals: 'Aanmeldingen',
    agreementShare: 'Afgerond met overeenstemming (%)',
    medianWorkingDaysToAssignment: 'Mediaan werkdagen tot toewijzing',
    hoursPerCase: 'Uren per zaak',
    otherMunicipalityShare: 'Mediator uit een andere gemeente (%)',
    satisfaction: 'Tevredenheid (1–5)',
  } satisfies Record<PoolBenchmarkMeasure, string>,
  tooFew: 'te weinig zaken',
  noFigure: 'geen gegevens',
  notes: (minimumCases: number) => [
    `Een cijfer dat uit minder dan ${minimumCases} zaken (of antwoorden) komt, tonen we niet: “te weinig zaken”. Zo is niemand te herkennen.`,
    'Werkdagen tellen we voor elke pool hetzelfde: maandag tot en met vrijdag, zonder de feestdagen. Eigen vrije dagen van een pool tellen hier niet mee; in de eigen rapportage wel.',
    'Uren per zaak: goedgekeurde uren gewerkt in het jaar, gedeeld door het aantal zaken waaraan ze zijn gewerkt. Tevredenheid: het gemiddelde van de drie vragen van de enquête.',
    'De mediaan is die van de getoonde cijfers; niet getoonde cijfers tellen niet mee.',
  ],
  notParticipatingHeading: 'Uw pool doet nog niet mee',
  notParticipating: (n: number) =>
    `Alleen pools die zelf meedoen, zien de cijfers van andere pools. Meedoen betekent dat de andere pools die meedoen de kerncijfers van uw pool zien, met de naam van uw pool. ${n === 1 ? 'Er doet nu 1 pool mee.' : `Er doen nu ${n} pools mee.`}`,
  askAdmin: 'De beheerder van uw pool kan dit aanzetten, hier of bij de instellingen van de pool.',
  tooFewHeading: 'Nog te weinig pools',
  tooFew3: (n: number, minimum: number) =>
    `Er ${n === 1 ? 'doet' : 'doen'} nu ${n} ${n === 1 ? 'pool' : 'pools'} mee. De vergelijking verschijnt vanaf ${minimum} pools: met minder is er geen midden om u mee te vergelijken, en zou elk cijfer direct bij één andere pool horen.`,
  participationHeading: 'Meedoen',
  participate: 'Onze pool doet mee aan de vergelijking met andere pools',
  participateHint: 'Andere pools die meedoen zien dan de kerncijfers van uw pool met de naam van uw pool. U kunt altijd weer stoppen.',
  save: 'Opslaan',
  savedOn: 'Uw pool doet mee aan de vergelijking.',
  savedOff: 'Uw pool doet niet meer mee aan de vergelijking.',
};

export type PoolBenchmarkMessages = typeof poolBenchmarkNl;
