import { test } from 'node:test';
import assert from 'node:assert/strict';
import { movesUp, placeForNewRegistration, placesLeft, summariseEvaluation, educationKindOf } from '../../../src/domain/community-events/places.js';
import { suggestedForLead } from '../../../src/domain/community-events/lead-suggestion.js';

test('a registration takes a place while one is free, then waits', () => {
  assert.equal(placeForNewRegistration(2, 0), 'registered');
  assert.equal(placeForNewRegistration(2, 1), 'registered');
  assert.equal(placeForNewRegistration(2, 2), 'waiting');
  assert.equal(placeForNewRegistration(2, 3), 'waiting');
});

test('the waiting list moves up by the places freed, never more than are waiting', () => {
  assert.equal(movesUp(2, 1, 3), 1);
  assert.equal(movesUp(2, 1, 0), 0);
  assert.equal(movesUp(5, 1, 2), 2);
  assert.equal(movesUp(2, 3, 2), 0);
  assert.equal(placesLeft(2, 3), 0);
  assert.equal(placesLeft(4, 1), 3);
});

test('the evaluation shows nothing below five answers, then averages and sorted comments', () => {
  const a = (overall: number, comment: string | null = null) => ({ overall, usefulness: 4, comment });
  const four = summariseEvaluation([a(5, 'Zeer goed'), a(4), a(3), a(4)]);
  assert.deepEqual(four, { answers: 4, shown: false, overall: null, usefulness: null, comments: [] });
  const five = summariseEvaluation([a(5, 'Zeer goed'), a(4, 'Achteraf nuttig'), a(3), a(4), a(5, ' ')]);
  assert.equal(five.shown, true);
  assert.equal(five.overall, 4.2);
  assert.equal(five.usefulness, 4);
  assert.deepEqual(five.comments, ['Achteraf nuttig', 'Zeer goed']);
});

test('an intervision day earns intervision points, the rest training points', () => {
  assert.equal(educationKindOf('intervision_day'), 'intervision');
  assert.equal(educationKindOf('masterclass'), 'training');
  assert.equal(educationKindOf('coordinator_meeting'), 'training');
});

test('lead status is suggested from the threshold, and after a decline only with a new positive review', () => {
  const base = { status: 'in_training', threshold: 3, declinedAt: null };
  assert.equal(suggestedForLead({ ...base, positiveReviews: 2 }), false);
  assert.equal(suggestedForLead({ ...base, positiveReviews: 3 }), true);
  assert.equal(suggestedForLead({ ...base, status: 'active', positiveReviews: 5 }), false);
  assert.equal(suggestedForLead({ ...base, positiveReviews: 3, declinedAt: 3 }), false);
  assert.equal(suggestedForLead({ ...base, positiveReviews: 4, declinedAt: 3 }), true);
});
