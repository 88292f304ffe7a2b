import { MIN_GROUP } from '../reports/small-numbers.js';

/**
 * Places at an event: registrations take a place while there is one, after that they join the
 * waiting list (that is no error: the registration is kept and moves up when a place frees).
 */
export type PlaceOutcome = 'registered' | 'waiting';

export function placeForNewRegistration(capacity: number, taken: number): PlaceOutcome {
  return taken < capacity ? 'registered' : 'waiting';
}

/** How many of the waiting list move up when places free: never more than there are waiting. */
export function movesUp(capacity: number, taken: number, waiting: number): number {
  return Math.max(0, Math.min(capacity - taken, waiting));
}

/** Places left for the agenda: never below zero (a lowered capacity leaves the taken places alone). */
export const placesLeft = (capacity: number, taken: number): number => Math.max(0, capacity - taken);

/**
 * The anonymous evaluation is shown from this many answers on (the reports' small-number rule):
 * with fewer, an organiser who knows who attended could tell who wrote what.
 */
export const EVALUATION_MIN_ANSWERS = MIN_GROUP;

export interface EvaluationAnswer {
  overall: number;
  usefulness: number;
  comment: string | null;
}

export interface EvaluationSummary {
  answers: number;
  shown: boolean;
  /** Averages to one decimal, null while fewer than EVALUATION_MIN_ANSWERS answered. */
  overall: number | null;
  usefulness: number | null;
  comments: string[];
}

const average = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

export function summariseEvaluation(answers: readonly EvaluationAnswer[]): EvaluationSummary {
  const shown = answers.length >= EVALUATION_MIN_ANSWERS;
  if (!shown) return { answers: answers.length, shown, overall: null, usefulness: null, comments: [] };
  // Sorted, so the order in which people answered says nothing about who wrote which comment.
  const comments = answers.map((a) => a.comment).filter((c): c is string => c !== null && c.trim() !== '').sort((a, b) => a.localeCompare(b, 'nl'));
  return { answers: answers.length, shown, overall: average(answers.map((a) => a.overall)), usefulness: average(answers.map((a) => a.usefulness)), comments };
}

/** Education kind of the points an event earns: an intervision day counts as intervision. */
export const educationKindOf = (kind: 'training' | 'masterclass' | 'intervision_day' | 'coordinator_meeting'): 'training' | 'intervision' =>
  kind === 'intervision_day' ? 'intervision' : 'training';

/**
 * A changed capacity (the organiser edits the event). Lower than the places already taken is
 * refused: nobody loses a place they were given without being asked (the organiser cancels
 * registrations first, which the registrants see). Higher moves up as many of the waiting list as
 * there are new places, oldest first.
 */
export type CapacityChange = { ok: true; movesUp: number } | { ok: false; minimum: number };

export function changeCapacity(capacity: number, taken: number, waiting: number): CapacityChange {
  if (capacity < taken) return { ok: false, minimum: taken };
  return { ok: true, movesUp: movesUp(capacity, taken, waiting) };
}
