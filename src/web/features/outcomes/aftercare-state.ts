import type { AftercareTask } from '../../api/outcomes.js';
import type { BadgeTone } from '../../components/status-badge.js';

export type AftercareState = 'overdue' | 'due' | 'upcoming';

/**
 * Where an aftercare check stands today: the server says whether its date has been reached
 * (`due`); a date before today (Amsterdam) is overdue.
 */
export const aftercareState = (task: Pick<AftercareTask, 'due' | 'dueOn'>, today: string): AftercareState =>
  !task.due ? 'upcoming' : task.dueOn < today ? 'overdue' : 'due';

export const aftercareTone: Record<AftercareState, BadgeTone> = { overdue: 'danger', due: 'warning', upcoming: 'neutral' };
