import type { UpkeepEducation, UpkeepInput, UpkeepMediation } from '../../../src/domain/upkeep/compute-upkeep.js';

export const mediation = (date: string, contactMinutes = 300, extra: Partial<UpkeepMediation> = {}): UpkeepMediation => ({
  date,
  contactMinutes,
  writtenAgreement: false,
  coMediation: false,
  ...extra,
});

export const education = (date: string, points: number, kind: UpkeepEducation['kind'] = 'training'): UpkeepEducation => ({ date, points, kind });

/**
 * A cycle from 2023-01-01 to 2025-12-31 with every requirement met with room to spare except where
 * a test takes something away: 3 mediations of 5 hours a year (the first three with a written
 * agreement), 30 training points plus 18 intervision points, a peer review in 2024.
 */
export function complete(overrides: Partial<UpkeepInput> = {}): UpkeepInput {
  const mediations = ['2023-02-01', '2023-06-01', '2023-10-01', '2024-02-01', '2024-06-01', '2024-10-01', '2025-02-01', '2025-06-01', '2025-10-01'].map((d, i) =>
    mediation(d, 300, { writtenAgreement: i < 3 }),
  );
  return {
    today: '2025-12-01',
    cycleStart: '2023-01-01',
    registrationExpiresOn: null,
    mediations,
    education: [education('2023-05-01', 20), education('2024-05-01', 10), education('2025-05-01', 18, 'intervision')],
    peerReviews: ['2024-04-01'],
    ...overrides,
  };
}
