import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  objectionDeadlines,
  objectionPeriod,
  type ObjectionInput,
  type ObjectionIssueCode,
  type ObjectionTimeline,
} from '../../../src/domain/calendar/awb-objection.js';
import { DomainError, unwrap } from '../../../src/domain/calendar/domain-error.js';

function timeline(input: ObjectionInput): ObjectionTimeline {
  const r = objectionDeadlines(input);
  if (!r.ok) assert.fail(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

function refusal(input: ObjectionInput): { code: ObjectionIssueCode; field: string | undefined } {
  const r = objectionDeadlines(input);
  if (r.ok) assert.fail(`expected a refusal, got due ${r.value.decisionDueOn}`);
  assert.ok(r.error.message.length > 10, 'a Dutch message for the user');
  return { code: r.error.code, field: r.error.field };
}

describe('Awb objection deadlines: the worked example', () => {
  test('sent Monday 2 November 2026, advisory committee → period ends 14 Dec 2026, decision due 8 March 2027', () => {
    const t = timeline({ decisionSentOn: '2026-11-02', advisoryCommittee: true });
    assert.deepEqual(t.objectionPeriod, {
      startsOn: '2026-11-03',
      nominalEndsOn: '2026-12-14',
      endsOn: '2026-12-14',
      extendedByAtw: false,
    });
    assert.equal(t.decisionTerm.startsOn, '2026-12-15');
    assert.equal(t.decisionTerm.baseWeeks, 12);
    assert.equal(t.decisionDueOn, '2027-03-08');
    assert.equal(t.originalDecisionTerm.endsOn, '2027-03-08');
  });

  test('without an advisory committee the decision is due after six weeks: 25 January 2027', () => {
    const t = timeline({ decisionSentOn: '2026-11-02', advisoryCommittee: false });
    assert.equal(t.objectionPeriod.endsOn, '2026-12-14');
    assert.equal(t.decisionTerm.baseWeeks, 6);
    assert.equal(t.decisionDueOn, '2027-01-25');
  });
});

describe('Awb objection deadlines: terms ending on days off', () => {
  test('an objection period ending on a Saturday runs to Monday, and the decision term starts after that', () => {
    const t = timeline({ decisionSentOn: '2026-11-07', advisoryCommittee: false });
    assert.equal(t.objectionPeriod.nominalEndsOn, '2026-12-19');
    assert.equal(t.objectionPeriod.endsOn, '2026-12-21');
    assert.equal(t.objectionPeriod.extendedByAtw, true);
    assert.equal(t.decisionTerm.startsOn, '2026-12-22');
    assert.equal(t.decisionDueOn, '2027-02-01');
  });

  test('an objection period ending on a Sunday runs to Monday', () => {
    const t = timeline({ decisionSentOn: '2026-11-08', advisoryCommittee: false });
    assert.equal(t.objectionPeriod.nominalEndsOn, '2026-12-20');
    assert.equal(t.objectionPeriod.endsOn, '2026-12-21');
  });

  test('ending on Koningsdag (Tuesday 27 April 2027) runs to Wednesday', () => {
    const t = timeline({ decisionSentOn: '2027-03-16', advisoryCommittee: false });
    assert.equal(t.objectionPeriod.nominalEndsOn, '2027-04-27');
    assert.equal(t.objectionPeriod.endsOn, '2027-04-28');
  });

  test('ending on Christmas Day 2025 (Thursday) runs past Boxing Day and the weekend to Monday 29 December', () => {
    const t = timeline({ decisionSentOn: '2025-11-13', advisoryCommittee: false });
    assert.equal(t.objectionPeriod.nominalEndsOn, '2025-12-25');
    assert.equal(t.objectionPeriod.endsOn, '2025-12-29');
  });

  test('a decision term ending on Christmas Day 2026 (Friday) runs to Monday 28 December', () => {
    const t = timeline({ decisionSentOn: '2026-10-02', advisoryCommittee: false });
    assert.equal(t.objectionPeriod.endsOn, '2026-11-13');
    assert.equal(t.decisionTerm.nominalEndsOn, '2026-12-25');
    assert.equal(t.decisionDueOn, '2026-12-28');
    assert.equal(t.decisionTerm.extendedByAtw, true);
  });

  test('ending on Easter Monday 2027 runs to Tuesday', () => {
    const t = timeline({ decisionSentOn: '2027-02-15', advisoryCommittee: false });
    assert.equal(t.objectionPeriod.nominalEndsOn, '2027-03-29');
    assert.equal(t.objectionPeriod.endsOn, '2027-03-30');
  });

  test('ending on Good Friday 2027 runs past the weekend and Easter Monday to Tuesday', () => {
    const t = timeline({ decisionSentOn: '2027-02-12', advisoryCommittee: false });
    assert.equal(t.objectionPeriod.nominalEndsOn, '2027-03-26');
    assert.equal(t.objectionPeriod.endsOn, '2027-03-30');
  });

  test('ending on Ascension 2026 also skips the Friday equated by decree', () => {
    const t = timeline({ decisionSentOn: '2026-04-02', advisoryCommittee: false });
    assert.equal(t.objectionPeriod.nominalEndsOn, '2026-05-14');
    assert.equal(t.objectionPeriod.endsOn, '2026-05-18');
  });

  test('the START of a term is never moved (Atw art. 1 extends only the end)', () => {
    // Sent on Christmas Eve: the period starts on Christmas Day and ends on Thursday 4 February.
    const t = timeline({ decisionSentOn: '2026-12-24', advisoryCommittee: false });
    assert.equal(t.objectionPeriod.startsOn, '2026-12-25');
    assert.equal(t.objectionPeriod.endsOn, '2027-02-04');
    // Sent on a Friday: the period starts on Saturday.
    assert.equal(timeline({ decisionSentOn: '2026-11-06', advisoryCommittee: false }).objectionPeriod.startsOn, '2026-11-07');
  });
});

describe('Awb 7:10(3) adjournment and 7:10(4) postponement with consent', () => {
  const example = { decisionSentOn: '2026-11-02', advisoryCommittee: true } as const;

  test('adjournment by six weeks: 8 March → 19 April 2027', () => {
    const t = timeline({ ...example, adjournments: [{ weeks: 6, announcedOn: '2027-02-20' }] });
    assert.equal(t.originalDecisionTerm.endsOn, '2027-03-08');
    assert.equal(t.decisionTerm.adjournmentDays, 42);
    assert.equal(t.decisionDueOn, '2027-04-19');
  });

  test('a shorter adjournment, in weeks and days', () => {
    assert.equal(timeline({ ...example, adjournments: [{ weeks: 4 }] }).decisionDueOn, '2027-04-05');
    assert.equal(timeline({ ...example, adjournments: [{ weeks: 5, days: 7 }] }).decisionDueOn, '2027-04-19');
    assert.equal(timeline({ ...example, adjournments: [{ days: 3 }] }).decisionDueOn, '2027-03-11');
  });

  test('announcing the adjournment on the last day of the term is in time', () => {
    assert.equal(timeline({ ...example, adjournments: [{ weeks: 6, announcedOn: '2027-03-08' }] }).decisionDueOn, '2027-04-19');
  });

  test('postponement with consent after an adjournment; landing on Koningsdag moves it', () => {
    const t = timeline({
      ...example,
      adjournments: [{ weeks: 6 }],
      postponements: [{ weeks: 2, consentGivenOn: '2027-04-12' }],
    });
    assert.equal(t.decisionDueOn, '2027-05-03');
    assert.equal(t.decisionTerm.postponementDays, 14);

    const onKingsDay = timeline({
      ...example,
      adjournments: [{ weeks: 6 }],
      postponements: [{ days: 8, consentGivenOn: '2027-04-12' }],
    });
    assert.equal(onKingsDay.decisionTerm.nominalEndsOn, '2027-04-27');
    assert.equal(onKingsDay.decisionDueOn, '2027-04-28');
  });

  test('several postponements add up, and need no adjournment first', () => {
    const t = timeline({
      ...example,
      postponements: [
        { weeks: 1, consentGivenOn: '2027-03-01' },
        { weeks: 1, days: 3, consentGivenOn: '2027-03-10' },
      ],
    });
    assert.equal(t.decisionTerm.postponementDays, 17);
    assert.equal(t.decisionDueOn, '2027-03-25');
  });

  test('an adjourned term runs from the end of the Atw-extended term, not from its nominal end', () => {
    // Decision term nominally ends on Koningsdag 2027, so it expires Wednesday 28 April; the six
    // weeks of adjournment start on Thursday 29 April and end Wednesday 9 June (not Tuesday 8 June).
    const base = { decisionSentOn: '2027-02-02', advisoryCommittee: false } as const;
    assert.equal(timeline(base).decisionDueOn, '2027-04-28');
    assert.equal(timeline({ ...base, adjournments: [{ weeks: 6 }] }).decisionDueOn, '2027-06-09');
  });
});

describe('Awb 7:10(3): the adjournment follows the Atw-extended decision term (issue 12, item 17)', () => {
  // Sent Monday 4 January 2027: objection period 5 Jan – 15 Feb, decision term 16 Feb – Easter
  // Monday 29 March, which the Atw extends to Tuesday 30 March.
  const easter = { decisionSentOn: '2027-01-04', advisoryCommittee: false } as const;

  test('decision term ending on Easter Monday: adjourned by six weeks from Wednesday 31 March to Tuesday 11 May', () => {
    const t = timeline({ ...easter, adjournments: [{ weeks: 6, announcedOn: '2027-03-01' }] });
    assert.equal(t.originalDecisionTerm.nominalEndsOn, '2027-03-29');
    assert.equal(t.originalDecisionTerm.endsOn, '2027-03-30');
    assert.deepEqual(t.adjournedTerm, { startsOn: '2027-03-31', nominalEndsOn: '2027-05-11', endsOn: '2027-05-11', extendedByAtw: false });
    assert.equal(t.decisionTerm.startsOn, '2027-02-16');
    assert.equal(t.decisionTerm.nominalEndsOn, '2027-05-11');
    assert.equal(t.decisionDueOn, '2027-05-11');
  });

  test('an adjourned term that ends on a Saturday runs to Monday', () => {
    // 11 days from Wednesday 31 March: Saturday 10 April → Monday 12 April.
    const t = timeline({ ...easter, adjournments: [{ days: 11 }] });
    assert.equal(t.decisionTerm.nominalEndsOn, '2027-04-10');
    assert.equal(t.decisionDueOn, '2027-04-12');
    assert.equal(t.decisionTerm.extendedByAtw, true);
  });

  test('decision term ending on Christmas Day 2026 (→ Monday 28 December): adjourned to Monday 8 February 2027', () => {
    const christmas = { decisionSentOn: '2026-10-02', advisoryCommittee: false } as const;
    assert.equal(timeline(christmas).decisionDueOn, '2026-12-28');
    assert.equal(timeline({ ...christmas, adjournments: [{ weeks: 6 }] }).decisionDueOn, '2027-02-08');
  });

  test('decision term ending on Whit Monday 2027 (→ Tuesday 18 May): adjourned to Tuesday 29 June', () => {
    const whit = { decisionSentOn: '2027-02-22', advisoryCommittee: false } as const;
    assert.equal(timeline(whit).originalDecisionTerm.nominalEndsOn, '2027-05-17');
    assert.equal(timeline(whit).decisionDueOn, '2027-05-18');
    assert.equal(timeline({ ...whit, adjournments: [{ weeks: 6 }] }).decisionDueOn, '2027-06-29');
  });

  test('decision term ending on 5 May 2027: past Ascension, the equated Friday and the weekend; a week of adjournment lands on Whit Monday', () => {
    const liberation = { decisionSentOn: '2027-02-10', advisoryCommittee: false } as const;
    assert.equal(timeline(liberation).originalDecisionTerm.nominalEndsOn, '2027-05-05');
    assert.equal(timeline(liberation).decisionDueOn, '2027-05-10');
    // 11 – 17 May; 17 May is Whit Monday, so Tuesday 18 May.
    assert.equal(timeline({ ...liberation, adjournments: [{ weeks: 1 }] }).decisionDueOn, '2027-05-18');
  });

  test('a postponement with consent runs from the end of the adjourned term', () => {
    const t = timeline({ ...easter, adjournments: [{ weeks: 6 }], postponements: [{ weeks: 2, consentGivenOn: '2027-05-01' }] });
    assert.equal(t.decisionDueOn, '2027-05-25');
    assert.equal(t.decisionTerm.adjournmentDays, 42);
    assert.equal(t.decisionTerm.postponementDays, 14);
  });

  test('announced on the last day of the extended term is in time; one day later is too late', () => {
    assert.equal(timeline({ ...easter, adjournments: [{ weeks: 6, announcedOn: '2027-03-30' }] }).decisionDueOn, '2027-05-11');
    assert.deepEqual(refusal({ ...easter, adjournments: [{ weeks: 6, announcedOn: '2027-03-31' }] }), {
      code: 'adjournment_too_late',
      field: 'adjournments[0].announcedOn',
    });
    // Christmas: the nominal end (25 Dec) and the extended end (28 Dec) are in time, 29 Dec is not.
    const christmas = { decisionSentOn: '2026-10-02', advisoryCommittee: false } as const;
    assert.equal(timeline({ ...christmas, adjournments: [{ weeks: 6, announcedOn: '2026-12-28' }] }).decisionDueOn, '2027-02-08');
    assert.equal(refusal({ ...christmas, adjournments: [{ weeks: 6, announcedOn: '2026-12-29' }] }).code, 'adjournment_too_late');
  });

  test('an adjournment cannot be announced before the contested decision was sent', () => {
    assert.deepEqual(refusal({ ...easter, adjournments: [{ weeks: 6, announcedOn: '2027-01-03' }] }), {
      code: 'adjournment_too_early',
      field: 'adjournments[0].announcedOn',
    });
    assert.equal(timeline({ ...easter, adjournments: [{ weeks: 6, announcedOn: '2027-01-04' }] }).decisionDueOn, '2027-05-11');
  });

  test('the last day to object (Awb 6:7, 6:8, Atw art. 1) comes with the timeline and on its own', () => {
    assert.equal(timeline(easter).objectionPeriod.endsOn, '2027-02-15');
    assert.deepEqual(objectionPeriod('2026-11-07'), { startsOn: '2026-11-08', nominalEndsOn: '2026-12-19', endsOn: '2026-12-21', extendedByAtw: true });
    assert.equal(objectionPeriod('2025-11-13').endsOn, '2025-12-29');
  });
});

describe('Awb objection deadlines: invalid input gives typed refusals', () => {
  const example = { decisionSentOn: '2026-11-02', advisoryCommittee: true } as const;

  test('an adjournment of more than six weeks', () => {
    assert.deepEqual(refusal({ ...example, adjournments: [{ weeks: 7 }] }), { code: 'adjournment_too_long', field: 'adjournments[0]' });
    assert.deepEqual(refusal({ ...example, adjournments: [{ weeks: 6, days: 1 }] }), { code: 'adjournment_too_long', field: 'adjournments[0]' });
    assert.deepEqual(refusal({ ...example, adjournments: [{ days: 43 }] }), { code: 'adjournment_too_long', field: 'adjournments[0]' });
  });

  test('a second adjournment', () => {
    assert.deepEqual(refusal({ ...example, adjournments: [{ weeks: 2 }, { weeks: 2 }] }), { code: 'second_adjournment', field: 'adjournments' });
  });

  test('an adjournment announced after the term expired', () => {
    assert.deepEqual(refusal({ ...example, adjournments: [{ weeks: 6, announcedOn: '2027-03-09' }] }), {
      code: 'adjournment_too_late',
      field: 'adjournments[0].announcedOn',
    });
  });

  test('durations that are empty, negative or fractional', () => {
    assert.deepEqual(refusal({ ...example, adjournments: [{}] }), { code: 'invalid_duration', field: 'adjournments[0]' });
    assert.deepEqual(refusal({ ...example, adjournments: [{ weeks: 0, days: 0 }] }), { code: 'invalid_duration', field: 'adjournments[0]' });
    assert.deepEqual(refusal({ ...example, adjournments: [{ weeks: -1 }] }), { code: 'invalid_duration', field: 'adjournments[0].weeks' });
    assert.deepEqual(refusal({ ...example, adjournments: [{ days: 1.5 }] }), { code: 'invalid_duration', field: 'adjournments[0].days' });
    assert.deepEqual(refusal({ ...example, postponements: [{ weeks: 60, consentGivenOn: '2027-03-01' }] }), {
      code: 'invalid_duration',
      field: 'postponements[0]',
    });
  });

  test('a postponement without a recorded consent', () => {
    assert.deepEqual(refusal({ ...example, postponements: [{ weeks: 2 } as never] }), {
      code: 'consent_required',
      field: 'postponements[0].consentGivenOn',
    });
    assert.deepEqual(refusal({ ...example, postponements: [{ weeks: 2, consentGivenOn: ' ' }] }), {
      code: 'consent_required',
      field: 'postponements[0].consentGivenOn',
    });
    assert.deepEqual(refusal({ ...example, postponements: [{ weeks: 2, consentGivenOn: '2027-02-30' }] }), {
      code: 'invalid_date',
      field: 'postponements[0].consentGivenOn',
    });
  });

  test('invalid, unsupported or future dates', () => {
    assert.deepEqual(refusal({ decisionSentOn: '2026-02-30', advisoryCommittee: false }), { code: 'invalid_date', field: 'decisionSentOn' });
    assert.deepEqual(refusal({ decisionSentOn: '2.11.2026', advisoryCommittee: false }), { code: 'invalid_date', field: 'decisionSentOn' });
    assert.deepEqual(refusal({ decisionSentOn: '2010-01-04', advisoryCommittee: false }), { code: 'invalid_date', field: 'decisionSentOn' });
    assert.deepEqual(refusal({ ...example, today: '2026-11-01' }), { code: 'date_in_future', field: 'decisionSentOn' });
    assert.deepEqual(refusal({ ...example, today: 'gisteren' }), { code: 'invalid_date', field: 'today' });
    assert.deepEqual(refusal({ ...example, today: '2027-03-01', adjournments: [{ weeks: 2, announcedOn: '2027-03-02' }] }), {
      code: 'date_in_future',
      field: 'adjournments[0].announcedOn',
    });
    // Sent today is fine.
    assert.equal(timeline({ ...example, today: '2026-11-02' }).decisionDueOn, '2027-03-08');
  });

  test('unwrap turns a refusal into a DomainError with the same code', () => {
    assert.throws(
      () => unwrap(objectionDeadlines({ ...example, adjournments: [{ weeks: 7 }] })),
      (e: unknown) => e instanceof DomainError && e.code === 'adjournment_too_long' && e.field === 'adjournments[0]',
    );
    assert.equal(unwrap(objectionDeadlines(example)).decisionDueOn, '2027-03-08');
  });
});
