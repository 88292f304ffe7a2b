import { addWorkingDays } from '../../../domain/calendar/working-days.js';
import { objectionDeadlines, type ObjectionIssueCode } from '../../../domain/calendar/awb-objection.js';
import { type DomainIssue, type Result, fail, ok } from '../../../domain/calendar/result.js';
import type { IsoDate } from '../../../domain/calendar/iso-date.js';
import type { PoolClockSettings } from '../case-status/index.js';

export interface ObjectionFields {
  decisionSentOn: string | null;
  advisoryCommittee: boolean | null;
  adjournmentWeeks: number | null;
  /** When the adjournment was announced (Awb 7:10(3)); required with an adjournment. */
  adjournmentAnnouncedOn?: string | null;
  postponementDays: number | null;
  postponementConsentOn: string | null;
}

/** The domain's refusals, and the two about the announcement date that only the stored form has. */
export type DueDateIssue = DomainIssue<ObjectionIssueCode | 'announcement_required' | 'announcement_without_adjournment'>;

export interface DueDates {
  first_contact_due_on: string | null;
  assignment_due_on: string | null;
  conclusion_due_on: string | null;
  statutory_due_on: string | null;
}

/**
 * The due dates stored on a case, so the case list can filter on clock state in SQL. Norms are
 * those in force at referral; a later change of the pool's norms applies to new cases.
 */
export function computeDueDates(
  referredOn: IsoDate,
  objection: ObjectionFields,
  settings: PoolClockSettings,
  today: IsoDate,
): Result<DueDates, DueDateIssue> {
  const due = (days: number | null | undefined) => (days == null ? null : addWorkingDays(referredOn, days, settings.calendar));
  let statutory: string | null = null;
  if (objection.postponementDays && !objection.postponementConsentOn) {
    return fail({
      code: 'consent_required',
      field: 'postponementConsentOn',
      message: 'Verder uitstellen mag alleen met instemming van de indiener (Awb 7:10 lid 4): vul de datum van instemming in.',
    });
  }
  if (!objection.decisionSentOn && (objection.adjournmentWeeks || objection.postponementDays)) {
    return fail({ code: 'invalid_date', field: 'decisionSentOn', message: 'Vul eerst de verzenddatum van het bestreden besluit in.' });
  }
  if (objection.adjournmentWeeks && !objection.adjournmentAnnouncedOn) {
    return fail({
      code: 'announcement_required',
      field: 'adjournmentAnnouncedOn',
      message: 'Vul de datum in waarop de verdaging is meegedeeld: verdagen kan alleen binnen de beslistermijn (Awb 7:10 lid 3).',
    });
  }
  if (!objection.adjournmentWeeks && objection.adjournmentAnnouncedOn) {
    return fail({
      code: 'announcement_without_adjournment',
      field: 'adjournmentAnnouncedOn',
      message: 'Vul ook de verdaging in weken in, of laat de datum van de mededeling leeg.',
    });
  }
  if (objection.decisionSentOn) {
    const timeline = objectionDeadlines({
      decisionSentOn: objection.decisionSentOn as IsoDate,
      advisoryCommittee: objection.advisoryCommittee ?? false,
      adjournments: objection.adjournmentWeeks
        ? [{ weeks: objection.adjournmentWeeks, announcedOn: objection.adjournmentAnnouncedOn as IsoDate }]
        : [],
      postponements:
        objection.postponementDays && objection.postponementConsentOn
          ? [{ days: objection.postponementDays, consentGivenOn: objection.postponementConsentOn as IsoDate }]
          : [],
      today,
    });
    if (!timeline.ok) return fail({ ...timeline.error, field: bodyField(timeline.error.field) });
    statutory = timeline.value.decisionDueOn;
  }
  return ok({
    first_contact_due_on: due(settings.norms.first_contact),
    assignment_due_on: due(settings.norms.assignment),
    conclusion_due_on: due(settings.norms.conclusion),
    statutory_due_on: statutory,
  });
}

/** The domain names its inputs as lists (adjournments[0].announcedOn); the API body names fields. */
function bodyField(field: string | undefined): string {
  if (!field) return 'decisionSentOn';
  if (field.startsWith('adjournments')) return field.endsWith('.announcedOn') ? 'adjournmentAnnouncedOn' : 'adjournmentWeeks';
  if (field.startsWith('postponements')) return field.endsWith('.consentGivenOn') ? 'postponementConsentOn' : 'postponementDays';
  return field;
}
