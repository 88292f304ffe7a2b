import type { PoolBenchmarkMessages } from './i18n-nl.js';

export const poolBenchmarkEn: PoolBenchmarkMessages = {
  title: 'Compare with other pools',
  intro:
    'How is your pool doing beside other pools? Pools that take part see each other’s key figures per calendar year, with the pool’s name. Never cases, parties or mediators: only figures per pool.',
  toReports: 'To the reports',
  toBenchmark: 'Municipality against the pool (benchmark)',
  filtersLabel: 'Year of the comparison',
  year: 'Year',
  show: 'Show',
  caption: (year: number) => `Key figures per pool in ${year}`,
  pool: 'Pool',
  ownPool: 'your pool',
  median: 'Median of all pools',
  measures: {
    referrals: 'Referrals',
    agreementShare: 'Concluded with agreement (%)',
    medianWorkingDaysToAssignment: 'Median working days to assignment',
    hoursPerCase: 'Hours per case',
    otherMunicipalityShare: 'Mediator from another municipality (%)',
    satisfaction: 'Satisfaction (1–5)',
  },
  tooFew: 'too few cases',
  noFigure: 'no data',
  notes: (minimumCases: number) => [
    `A figure that comes from fewer than ${minimumCases} cases (or answers) is not shown: “too few cases”. That way nobody can be recognised.`,
    'Working days are counted the same for every pool: Monday to Friday, without the public holidays. A pool’s own days off do not count here; they do in its own report.',
    'Hours per case: approved hours worked in the year, divided by the number of cases they were worked on. Satisfaction: the mean of the survey’s three questions.',
    'The median is that of the figures shown; figures not shown do not count.',
  ],
  notParticipatingHeading: 'Your pool does not take part yet',
  notParticipating: (n: number) =>
    `Only pools that take part themselves see the figures of other pools. Taking part means that the other pools that take part see your pool’s key figures, with your pool’s name. ${n === 1 ? '1 pool takes part now.' : `${n} pools take part now.`}`,
  askAdmin: 'Your pool’s administrator can switch this on, here or in the pool’s settings.',
  tooFewHeading: 'Too few pools yet',
  tooFew3: (n: number, minimum: number) =>
    `${n} ${n === 1 ? 'pool takes' : 'pools take'} part now. The comparison appears from ${minimum} pools on: with fewer there is no middle to compare with, and every figure would belong to one other pool directly.`,
  participationHeading: 'Taking part',
  participate: 'Our pool takes part in the comparison with other pools',
  participateHint: 'Other pools that take part then see your pool’s key figures with your pool’s name. You can stop at any time.',
  save: 'Save',
  savedOn: 'Your pool takes part in the comparison.',
  savedOff: 'Your pool no longer takes part in the comparison.',
};
