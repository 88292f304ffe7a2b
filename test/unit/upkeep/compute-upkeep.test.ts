import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeUpkeep } from '../../../src/domain/upkeep/compute-upkeep.js';
import { complete, education, mediation } from './fixtures.js';

const codes = (input: Parameters<typeof computeUpkeep>[0]) => computeUpkeep(input).reasons.map((r) => r.code);

describe('MfN upkeep at the end of a cycle (within 90 days of its end)', () => {
  test('everything met is on track, with the counts', () => {
    const s = computeUpkeep(complete());
    assert.equal(s.state, 'on_track');
    assert.deepEqual(s.reasons, []);
    assert.equal(s.mediations.counted, 9);
    assert.equal(s.contactMinutes.counted, 2700);
    assert.equal(s.writtenAgreements.counted, 3);
    assert.equal(s.educationPoints.total, 48);
    assert.equal(s.educationPoints.intervision, 18);
    assert.equal(s.educationPoints.intervisionRequired, 18);
    assert.equal(s.cycle.start, '2023-01-01');
    assert.equal(s.cycle.until, '2025-12-31');
    assert.equal(s.cycle.daysLeft, 31);
    assert.deepEqual(s.years.map((y) => y.status), ['met', 'met', 'met']);
  });

  test('exactly 9 mediations is enough, 8 is at risk', () => {
    const base = complete();
    const eight = complete({ mediations: base.mediations.slice(0, 8) });
    assert.equal(computeUpkeep(base).state, 'on_track');
    const s = computeUpkeep(eight);
    assert.equal(s.state, 'at_risk');
    assert.deepEqual(s.reasons.map((r) => r.code), ['mediations']);
    assert.equal(s.reasons[0]!.text, 'Nog 1 mediation nodig in 31 dagen (8 van 9).');
  });

  test('exactly 36 contact hours is enough, 35 hours 59 minutes is at risk', () => {
    const at = (lastMinutes: number) => complete({ mediations: complete().mediations.map((m, i) => ({ ...m, contactMinutes: i === 8 ? lastMinutes : 240 })) });
    assert.equal(computeUpkeep(at(240)).contactMinutes.counted, 2160);
    assert.equal(computeUpkeep(at(240)).state, 'on_track');
    const short = computeUpkeep(at(239));
    assert.equal(short.state, 'at_risk');
    assert.deepEqual(short.reasons.map((r) => r.code), ['contact_hours']);
    assert.match(short.reasons[0]!.text, /Nog 1 minuut contacttijd nodig .*\(35 uur en 59 minuten van 36 uur\)/);
  });

  test('3 written agreements is enough, 2 is at risk', () => {
    const two = complete({ mediations: complete().mediations.map((m, i) => ({ ...m, writtenAgreement: i < 2 })) });
    assert.deepEqual(codes(two), ['written_agreements']);
    assert.equal(computeUpkeep(two).state, 'at_risk');
  });

  test('three co-mediations count; a fourth counts for nothing (not for the number, hours or agreements)', () => {
    const m = complete().mediations;
    // Six solo + three co: all nine count.
    const threeCo = complete({ mediations: m.map((x, i) => ({ ...x, coMediation: i >= 6 })) });
    const s3 = computeUpkeep(threeCo);
    assert.equal(s3.mediations.counted, 9);
    assert.deepEqual(s3.coMediations, { recorded: 3, counted: 3, maxCounted: 3 });
    assert.equal(s3.state, 'on_track');

    // Five solo + four co: the latest co-mediation is not counted, so 8 of 9.
    const fourCo = complete({ mediations: m.map((x, i) => ({ ...x, coMediation: i >= 5 })) });
    const s4 = computeUpkeep(fourCo);
    assert.equal(s4.mediations.recorded, 9);
    assert.equal(s4.mediations.counted, 8);
    assert.deepEqual(s4.coMediations, { recorded: 4, counted: 3, maxCounted: 3 });
    assert.equal(s4.contactMinutes.counted, 8 * 300);
    assert.deepEqual(codes(fourCo), ['mediations']);

    // A written agreement in an uncounted co-mediation does not count either.
    const agreementInFourth = complete({
      mediations: [
        ...m.map((x) => ({ ...x, writtenAgreement: false })).slice(0, 9),
        ...['2025-07-01', '2025-07-02', '2025-07-03', '2025-07-04'].map((d, i) => mediation(d, 60, { coMediation: true, writtenAgreement: i === 3 })),
      ],
    });
    assert.equal(computeUpkeep(agreementInFourth).writtenAgreements.counted, 0);
  });

  test('48 education points is enough, 47 is at risk', () => {
    const fortySeven = complete({ education: [education('2023-05-01', 20), education('2024-05-01', 9), education('2025-05-01', 18, 'intervision')] });
    assert.equal(computeUpkeep(fortySeven).educationPoints.total, 47);
    assert.deepEqual(codes(fortySeven), ['education_points']);
    assert.match(computeUpkeep(fortySeven).reasons[0]!.text, /Nog 1 PE-punt nodig/);
  });

  test('48 points without any intervision is at risk: intervision is part of the points', () => {
    const noIntervision = complete({ education: [education('2023-05-01', 24), education('2024-05-01', 24)] });
    assert.deepEqual(codes(noIntervision), ['intervision']);
  });

  test('18 intervision points is enough, 17 is at risk, also with 48 points in all', () => {
    const withIntervision = (n: number) => complete({ education: [education('2023-05-01', 48 - n), education('2025-05-01', n, 'intervision')] });
    assert.deepEqual(codes(withIntervision(18)), []);
    const seventeen = computeUpkeep(withIntervision(17));
    assert.equal(seventeen.educationPoints.total, 48);
    assert.equal(seventeen.educationPoints.intervision, 17);
    assert.deepEqual(codes(withIntervision(17)), ['intervision']);
    assert.match(seventeen.reasons[0]!.text, /Nog 1 PE-punt intervisie nodig .*\(17 van 18;/);
    // Intervision counts toward the 48, not on top of them: 30 + 18 is complete.
    assert.equal(computeUpkeep(withIntervision(18)).state, 'on_track');
  });

  test('education on the first day of the cycle counts, on the first day of the next cycle not', () => {
    const edges = complete({ education: [education('2023-01-01', 30), education('2025-12-01', 18, 'intervision')] });
    assert.deepEqual(codes(edges), []);
    const before = complete({ education: [education('2022-12-31', 30), education('2025-12-01', 18, 'intervision')] });
    assert.deepEqual(codes(before), ['education_points']);
  });

  test('entries outside the cycle do not count', () => {
    const s = computeUpkeep(complete({ mediations: [...complete().mediations.slice(0, 8), mediation('2022-12-31')] }));
    assert.equal(s.mediations.counted, 8);
  });
});

describe('MfN upkeep: the minimum per cycle year', () => {
  test('a completed year with one mediation is at risk and cannot be repaired', () => {
    const m = complete().mediations.map((x) => ({ ...x, writtenAgreement: true }));
    const oneInYear1 = complete({ mediations: [m[0]!, ...m.slice(3), mediation('2025-11-01'), mediation('2025-11-02')] });
    const s = computeUpkeep(oneInYear1);
    assert.equal(s.mediations.counted, 9);
    assert.deepEqual(s.years.map((y) => y.status), ['missed', 'met', 'met']);
    assert.deepEqual(s.reasons.map((r) => r.code), ['year_missed']);
    assert.match(s.reasons[0]!.text, /^Cyclusjaar 1 \(1 januari 2023 t\/m 31 december 2023\) is niet gehaald: 1 mediation en 5 uur/);
  });

  test('two mediations of exactly 8 hours together meet the year; 7 hours 59 minutes does not', () => {
    const year1 = (second: number) => [mediation('2023-02-01', 240), mediation('2023-03-01', second)];
    const rest = complete().mediations.slice(3);
    const ok = computeUpkeep(complete({ today: '2024-06-01', mediations: [...year1(240), ...rest.filter((x) => x.date < '2024-06-01')] }));
    assert.equal(ok.years[0]!.status, 'met');
    const short = computeUpkeep(complete({ today: '2024-06-01', mediations: [...year1(239), ...rest.filter((x) => x.date < '2024-06-01')] }));
    assert.equal(short.years[0]!.status, 'missed');
    assert.equal(short.state, 'at_risk');
  });

  test('the current year behind pro rata is "behind"; within 90 days of its end it is "at risk"', () => {
    const base = { cycleStart: '2023-01-01', education: [], peerReviews: ['2024-01-01'], mediations: [mediation('2023-02-01'), mediation('2023-03-01')] };
    // 2024-07-02: half of year 2 has passed, a whole mediation was expected by now.
    const mid = computeUpkeep(complete({ ...base, today: '2024-07-02' }));
    assert.equal(mid.years[1]!.status, 'open');
    assert.ok(mid.reasons.some((r) => r.code === 'year_open' && r.severity === 'behind'));
    // 2024-10-02: 91 days before the year ends, still behind; 2024-10-03 is 90 days before: at risk.
    const early = computeUpkeep(complete({ ...base, today: '2024-10-02' }));
    assert.equal(early.reasons.find((r) => r.code === 'year_open')!.severity, 'behind');
    const late = computeUpkeep(complete({ ...base, today: '2024-10-03' }));
    assert.equal(late.reasons.find((r) => r.code === 'year_open')!.severity, 'at_risk');
  });
});

describe('MfN upkeep: pro rata during the cycle', () => {
  // 2024-07-02 is 548 of the cycle's 1096 days: floor(9 × 548 / 1096) = 4 mediations expected.
  const mid = (n: number) =>
    computeUpkeep(
      complete({
        today: '2024-07-02',
        mediations: ['2023-02-01', '2023-06-01', '2024-02-01', '2024-03-01', '2024-06-01'].slice(0, n).map((d) => mediation(d, 480, { writtenAgreement: true })),
        education: [education('2023-05-01', 24), education('2024-05-01', 10, 'intervision')],
      }),
    );

  test('4 of 9 halfway is on schedule', () => {
    const s = mid(4);
    assert.ok(!s.reasons.some((r) => r.code === 'mediations'));
    assert.equal(s.state, 'on_track');
  });

  test('3 of 9 halfway is behind, with the reason in words', () => {
    const s = mid(3);
    assert.equal(s.state, 'behind');
    const r = s.reasons.find((x) => x.code === 'mediations')!;
    assert.equal(r.severity, 'behind');
    assert.equal(r.text, 'Nog 6 mediations nodig in 17 maanden (3 van 9).');
  });
});

describe('MfN upkeep: peer review every three years', () => {
  const withPeer = (date: string) => computeUpkeep(complete({ today: '2025-12-01', cycleStart: '2025-12-01', mediations: [], education: [], peerReviews: [date] }));

  test('exactly three years ago is due today (at risk, not yet overdue)', () => {
    const s = withPeer('2022-12-01');
    assert.equal(s.peerReview.dueBy, '2025-12-01');
    assert.equal(s.peerReview.status, 'due');
    assert.deepEqual(s.reasons.map((r) => r.code), ['peer_review_due']);
  });

  test('three years and a day ago is overdue', () => {
    const s = withPeer('2022-11-30');
    assert.equal(s.peerReview.status, 'overdue');
    assert.deepEqual(s.reasons.map((r) => r.code), ['peer_review_overdue']);
    assert.equal(s.state, 'at_risk');
  });

  test('due in 91 days is fine, in 90 days at risk', () => {
    assert.equal(withPeer('2023-03-02').peerReview.status, 'ok'); // due 2026-03-02, 91 days
    assert.equal(withPeer('2023-03-01').peerReview.status, 'due'); // due 2026-03-01, 90 days
  });

  test('none recorded is "missing", due at the end of the cycle', () => {
    const s = computeUpkeep(complete({ peerReviews: [], cycleStart: '2025-01-01', today: '2025-01-05', mediations: [], education: [] }));
    assert.equal(s.peerReview.status, 'missing');
    assert.equal(s.peerReview.dueBy, '2027-12-31');
    assert.equal(s.state, 'on_track');
  });
});

describe('MfN upkeep: registration', () => {
  test('an expired registration is at risk', () => {
    const s = computeUpkeep(complete({ registrationExpiresOn: '2025-11-30' }));
    assert.ok(s.reasons.some((r) => r.code === 'registration_expired'));
    assert.equal(s.state, 'at_risk');
  });

  test('expiring within 90 days is at risk only while something is still short', () => {
    assert.equal(computeUpkeep(complete({ registrationExpiresOn: '2026-01-15' })).state, 'on_track');
    const short = computeUpkeep(complete({ registrationExpiresOn: '2026-01-15', education: [education('2025-05-01', 18, 'intervision')] }));
    assert.ok(short.reasons.some((r) => r.code === 'registration_expiring'));
  });

  test('without a cycle start, the cycle ends on the registration expiry date', () => {
    const s = computeUpkeep(complete({ cycleStart: null, registrationExpiresOn: '2027-04-01', today: '2025-12-01' }));
    assert.equal(s.cycle.basis, 'registration');
    assert.equal(s.cycle.start, '2024-04-01');
    assert.equal(s.cycle.until, '2027-03-31');
  });
});
