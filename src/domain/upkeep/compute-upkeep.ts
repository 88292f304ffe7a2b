import { addDays, addYears, daysBetween } from '../calendar/iso-date.js';
import { cycleYears, resolveCycle, type UpkeepCycle } from './cycle.js';
import {
  AT_RISK_DAYS,
  MAX_COUNTED_CO_MEDIATIONS,
  MIN_CONTACT_MINUTES,
  MIN_CONTACT_MINUTES_PER_YEAR,
  MIN_EDUCATION_POINTS,
  MIN_INTERVISION_POINTS,
  MIN_MEDIATIONS,
  MIN_MEDIATIONS_PER_YEAR,
  MIN_WRITTEN_AGREEMENTS,
  PEER_REVIEW_EVERY_YEARS,
} from './requirements.js';
import { dutchDate, formatMinutes, plural, timeLeft } from './wording.js';

export interface UpkeepMediation {
  date: string;
  contactMinutes: number;
  writtenAgreement: boolean;
  coMediation: boolean;
}

export interface UpkeepEducation {
  date: string;
  points: number;
  kind: 'training' | 'intervision' | 'other';
}

export interface UpkeepInput {
  today: string;
  cycleStart: string | null;
  registrationExpiresOn: string | null;
  mediations: readonly UpkeepMediation[];
  education: readonly UpkeepEducation[];
  peerReviews: readonly string[];
}

export type UpkeepState = 'on_track' | 'behind' | 'at_risk';

export interface UpkeepReason {
  code:
    | 'mediations'
    | 'contact_hours'
    | 'written_agreements'
    | 'education_points'
    | 'intervision'
    | 'year_missed'
    | 'year_open'
    | 'peer_review_overdue'
    | 'peer_review_due'
    | 'registration_expired'
    | 'registration_expiring';
  severity: 'behind' | 'at_risk';
  text: string;
}

export interface UpkeepYear {
  index: number;
  start: string;
  /** Last day of the year (inclusive), for display. */
  until: string;
  mediations: number;
  contactMinutes: number;
  status: 'met' | 'missed' | 'open' | 'future';
}

export interface UpkeepSummary {
  cycle: UpkeepCycle & { until: string; daysLeft: number };
  mediations: { counted: number; recorded: number; required: number };
  coMediations: { recorded: number; counted: number; maxCounted: number };
  contactMinutes: { counted: number; required: number };
  writtenAgreements: { counted: number; required: number };
  educationPoints: { total: number; intervision: number; intervisionActivities: number; required: number; intervisionRequired: number };
  /** `missing`: none recorded yet, not yet urgent; `due`: due within 90 days. */
  peerReview: { last: string | null; dueBy: string; status: 'ok' | 'missing' | 'due' | 'overdue' };
  years: UpkeepYear[];
  state: UpkeepState;
  reasons: UpkeepReason[];
}

/**
 * MfN upkeep over the running cycle, with a state and the reasons in Dutch.
 *
 * - `on_track`: every requirement is met, or on schedule.
 * - `behind`: a total (mediations, contact hours, written agreements, education points) or the
 *   current year's minimum is short of the whole number (of mediations, hours, points) expected
 *   pro rata for the part of the period that has passed:
 *   actual < floor(target × elapsed days / period days).
 * - `at_risk`: a requirement can no longer be met or is due within 90 days and not met: a completed
 *   cycle year below its minimum; a total or the intervision still short with the cycle ending
 *   within 90 days; the current year's minimum short with the year ending within 90 days; the peer
 *   review overdue or due within 90 days; the registration expired, or expiring within 90 days while
 *   anything is still short.
 */
export function computeUpkeep(input: UpkeepInput): UpkeepSummary {
  const { today } = input;
  const cycle = resolveCycle(today, input.cycleStart, input.registrationExpiresOn);
  const inCycle = (date: string) => cycle.start <= date && date < cycle.end && date <= today;
  const cycleDays = daysBetween(cycle.start, cycle.end);
  const elapsed = daysBetween(cycle.start, today);
  const daysLeft = daysBetween(today, cycle.end);
  const endingSoon = daysLeft <= AT_RISK_DAYS;
  const left = timeLeft(today, cycle.end);
  const reasons: UpkeepReason[] = [];

  // Co-mediations count in date order until the maximum is reached; later ones do not count at all.
  const recorded = input.mediations.filter((m) => inCycle(m.date)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let coCounted = 0;
  const counted = recorded.filter((m) => {
    if (!m.coMediation) return true;
    if (coCounted >= MAX_COUNTED_CO_MEDIATIONS) return false;
    coCounted++;
    return true;
  });
  const minutes = sum(counted.map((m) => m.contactMinutes));
  const agreements = counted.filter((m) => m.writtenAgreement).length;
  const education = input.education.filter((e) => inCycle(e.date));
  const points = sum(education.map((e) => e.points));
  const intervision = education.filter((e) => e.kind === 'intervision');
  const intervisionPoints = sum(intervision.map((e) => e.points));

  // `unit` is the size of one whole step of the requirement: expected hours are whole hours.
  const total = (code: UpkeepReason['code'], actual: number, target: number, text: (missing: number) => string, unit = 1) => {
    if (actual >= target) return;
    const expected = Math.floor((target / unit) * (elapsed / cycleDays)) * unit;
    if (endingSoon) reasons.push({ code, severity: 'at_risk', text: text(target - actual) });
    else if (actual < expected) reasons.push({ code, severity: 'behind', text: text(target - actual) });
  };
  total('mediations', counted.length, MIN_MEDIATIONS, (n) => `Nog ${plural(n, 'mediation', 'mediations')} nodig in ${left} (${counted.length} van ${MIN_MEDIATIONS}).`);
  total('contact_hours', minutes, MIN_CONTACT_MINUTES, (n) => `Nog ${formatMinutes(n)} contacttijd nodig in ${left} (${formatMinutes(minutes)} van ${formatMinutes(MIN_CONTACT_MINUTES)}).`, 60);
  total(
    'written_agreements',
    agreements,
    MIN_WRITTEN_AGREEMENTS,
    (n) => `Nog ${plural(n, 'mediation', 'mediations')} met een schriftelijke vaststellingsovereenkomst nodig in ${left} (${agreements} van ${MIN_WRITTEN_AGREEMENTS}).`,
  );
  total('education_points', points, MIN_EDUCATION_POINTS, (n) => `Nog ${plural(n, 'PE-punt', 'PE-punten')} nodig in ${left} (${points} van ${MIN_EDUCATION_POINTS}).`);
  total(
    'intervision',
    intervisionPoints,
    MIN_INTERVISION_POINTS,
    (n) => `Nog ${plural(n, 'PE-punt', 'PE-punten')} intervisie nodig in ${left} (${intervisionPoints} van ${MIN_INTERVISION_POINTS}; intervisie telt mee in de ${MIN_EDUCATION_POINTS} PE-punten).`,
  );

  const years = cycleYears(cycle).map((y): UpkeepYear => {
    const within = counted.filter((m) => y.start <= m.date && m.date < y.end);
    const row = {
      index: y.index,
      start: y.start,
      until: addDays(y.end, -1),
      mediations: within.length,
      contactMinutes: sum(within.map((m) => m.contactMinutes)),
    };
    const met = row.mediations >= MIN_MEDIATIONS_PER_YEAR && row.contactMinutes >= MIN_CONTACT_MINUTES_PER_YEAR;
    const what = `${plural(row.mediations, 'mediation', 'mediations')} en ${formatMinutes(row.contactMinutes)}`;
    const rule = `minimaal ${MIN_MEDIATIONS_PER_YEAR} mediations met samen ${formatMinutes(MIN_CONTACT_MINUTES_PER_YEAR)} per jaar`;
    if (met) return { ...row, status: 'met' };
    if (y.start > today) return { ...row, status: 'future' };
    if (y.end <= today) {
      reasons.push({ code: 'year_missed', severity: 'at_risk', text: `Cyclusjaar ${y.index} (${dutchDate(y.start)} t/m ${dutchDate(row.until)}) is niet gehaald: ${what}; ${rule}.` });
      return { ...row, status: 'missed' };
    }
    const yearDays = daysBetween(y.start, y.end);
    const yearElapsed = daysBetween(y.start, today);
    const short =
      row.mediations < Math.floor((MIN_MEDIATIONS_PER_YEAR * yearElapsed) / yearDays) ||
      row.contactMinutes < Math.floor((MIN_CONTACT_MINUTES_PER_YEAR / 60) * (yearElapsed / yearDays)) * 60;
    const yearEndingSoon = daysBetween(today, y.end) <= AT_RISK_DAYS;
    if (yearEndingSoon || short) {
      reasons.push({
        code: 'year_open',
        severity: yearEndingSoon ? 'at_risk' : 'behind',
        text: `Cyclusjaar ${y.index} loopt tot en met ${dutchDate(row.until)} (nog ${timeLeft(today, y.end)}): nu ${what}; ${rule}.`,
      });
    }
    return { ...row, status: 'open' };
  });

  const lastPeerReview = input.peerReviews.filter((d) => d <= today).sort().at(-1) ?? null;
  const peerDue = lastPeerReview ? addYears(lastPeerReview, PEER_REVIEW_EVERY_YEARS) : addDays(cycle.end, -1);
  let peerStatus: UpkeepSummary['peerReview']['status'] = lastPeerReview ? 'ok' : 'missing';
  if (peerDue < today) {
    peerStatus = 'overdue';
    reasons.push({
      code: 'peer_review_overdue',
      severity: 'at_risk',
      text: lastPeerReview
        ? `De peer review is te laat: de vorige was op ${dutchDate(lastPeerReview)}, de volgende moest uiterlijk op ${dutchDate(peerDue)}.`
        : `Er is geen peer review vastgelegd; die moest uiterlijk op ${dutchDate(peerDue)}.`,
    });
  } else if (daysBetween(today, peerDue) <= AT_RISK_DAYS) {
    peerStatus = 'due';
    reasons.push({ code: 'peer_review_due', severity: 'at_risk', text: `Een peer review is nodig, uiterlijk op ${dutchDate(peerDue)}.` });
  }

  const expiry = input.registrationExpiresOn;
  const somethingShort = reasons.length > 0 || counted.length < MIN_MEDIATIONS || minutes < MIN_CONTACT_MINUTES || agreements < MIN_WRITTEN_AGREEMENTS || points < MIN_EDUCATION_POINTS || intervisionPoints < MIN_INTERVISION_POINTS || years.some((y) => y.status !== 'met');
  if (expiry && expiry < today) {
    reasons.push({ code: 'registration_expired', severity: 'at_risk', text: `De MfN-registratie is verlopen op ${dutchDate(expiry)}.` });
  } else if (expiry && daysBetween(today, expiry) <= AT_RISK_DAYS && somethingShort) {
    reasons.push({ code: 'registration_expiring', severity: 'at_risk', text: `De MfN-registratie verloopt op ${dutchDate(expiry)} en nog niet aan alle eisen is voldaan.` });
  }

  const state: UpkeepState = reasons.some((r) => r.severity === 'at_risk') ? 'at_risk' : reasons.length > 0 ? 'behind' : 'on_track';
  // The most urgent first; within a severity the order above (totals, years, peer review, registration).
  reasons.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'at_risk' ? -1 : 1));

  return {
    cycle: { ...cycle, until: addDays(cycle.end, -1), daysLeft },
    mediations: { counted: counted.length, recorded: recorded.length, required: MIN_MEDIATIONS },
    coMediations: { recorded: recorded.filter((m) => m.coMediation).length, counted: coCounted, maxCounted: MAX_COUNTED_CO_MEDIATIONS },
    contactMinutes: { counted: minutes, required: MIN_CONTACT_MINUTES },
    writtenAgreements: { counted: agreements, required: MIN_WRITTEN_AGREEMENTS },
    educationPoints: { total: points, intervision: intervisionPoints, intervisionActivities: intervision.length, required: MIN_EDUCATION_POINTS, intervisionRequired: MIN_INTERVISION_POINTS },
    peerReview: { last: lastPeerReview, dueBy: peerDue, status: peerStatus },
    years,
    state,
    reasons,
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
