import { PROCESSING_REGISTER_ACTIONS, type ProcessingActivity } from '../../../contract/processing-register.js';
import { STANDARD_ACTIVITIES, isStandardActivityCode, type ProcessingActivityText } from '../../../domain/processing/activities.js';
import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { canProcessingRegister } from './policy.js';

export interface ActivityRow {
  code: string;
  name: string;
  purpose: string;
  legal_basis: string;
  data_categories: string;
  subject_categories: string;
  retention: string;
  recipients: string;
  updated_at: Date;
}

const fromText = (t: ProcessingActivityText) => ({ ...t });

/** A register entry: the pool's row when there is one, else the software's default wording. */
export function presentActivity(actor: Actor, code: string, row: ActivityRow | undefined): ProcessingActivity {
  const standard = isStandardActivityCode(code);
  const text = row
    ? { name: row.name, purpose: row.purpose, legalBasis: row.legal_basis, dataCategories: row.data_categories, subjectCategories: row.subject_categories, retention: row.retention, recipients: row.recipients }
    : fromText(STANDARD_ACTIVITIES[code as keyof typeof STANDARD_ACTIVITIES]);
  return {
    code,
    standard,
    reworded: standard && row !== undefined,
    ...text,
    updatedAt: row ? row.updated_at.toISOString() : null,
    allowedActions: allowedActions(canProcessingRegister, actor, { poolId: actor.poolId }, PROCESSING_REGISTER_ACTIONS).filter((a) => a === 'update'),
  };
}
