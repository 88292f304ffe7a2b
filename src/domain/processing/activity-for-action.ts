import { DEFAULT_ACTIVITY_CODE, type StandardActivityCode } from './activities.js';

/**
 * Which processing activity an audited action belongs to (Logboek Dataverwerkingen: every log
 * entry names its activity). First the action itself, then the area it starts with
 * (`hours.approve` → `hours`; a route's read `hours/approval-queue.read` → `hours`; else its first
 * word, `intervision-group.create` → `intervision`), then the read's declared purpose. What matches nothing falls to `nog-niet-ingedeeld`, which the register
 * shows, and test/unit/processing/activity-for-action.test.ts lists (and fails on) every action the
 * server writes that lands there.
 */
const BY_ACTION: Record<string, StandardActivityCode> = {
  login: 'beveiligingslogging',
  logout: 'beveiligingslogging',
  deny: 'beveiligingslogging',
  invite: 'accountbeheer',
  'case.survey-invited': 'kwaliteit',
  'case.survey-resent': 'kwaliteit',
  'csv-import.municipalities': 'poolbeheer',
  'mail-outbox.read': 'berichtenverkeer',
  'second-factor.verify': 'beveiligingslogging',
};

const BY_AREA: Record<string, StandardActivityCode> = {};
const area = (activity: StandardActivityCode, names: string[]) => names.forEach((n) => (BY_AREA[n] = activity));
area('zaakbehandeling', ['case', 'cases', 'session', 'sessions', 'calendar-feed', 'party', 'parties', 'outcome', 'outcomes', 'document', 'documents', 'aftercare', 'referral', 'workspace', 'me/work']);
area('matching', ['matching', 'proposal', 'proposals', 'candidates', 'consent']);
area('uren-en-verrekening', ['hours', 'hour-entry', 'hour-entries', 'settlement', 'settlements', 'external-cost', 'external-costs', 'hourly-rate', 'statement']);
area('rapportage', ['report', 'reports', 'benchmark', 'annual-report']);
area('registerbeheer', ['mediator', 'mediators', 'relationship', 'unavailability', 'upkeep-entry', 'upkeep', 'csv-import', 'csv-export', 'pool-health', 'registry']);
area('poolbeheer', ['pool', 'pools', 'pool-settings', 'day-off', 'covenant-document', 'municipality', 'municipalities', 'demo', 'processing-activity', 'processing-activities', 'lending', 'loan', 'platform']);
area('accountbeheer', ['user', 'users', 'me', 'invitation', 'invitations', 'api-token', 'profile', 'password', 'two-factor', 'second-factor', 'totp', 'passkey', 'webauthn', 'recovery-code', 'sso', 'oidc', 'device', 'sign-in']);
area('beveiligingslogging', ['audit', 'audit-events', 'audit-chain', 'audit-log', 'login']);
area('berichtenverkeer', ['mail', 'mail-outbox']);
area('kwaliteit', ['survey', 'surveys']);
area('bewaren-en-vernietigen', ['retention', 'destruction', 'destruction-list', 'destruction-lists']);
area('rechten-betrokkenen', ['data-subject', 'data-subjects', 'subject-request', 'person', 'persons']);
area('gemeenschap', ['case-discussion', 'intervision', 'poll', 'polls', 'date-poll', 'event', 'events', 'training', 'knowledge', 'article', 'articles', 'casuistry', 'thread', 'threads', 'post', 'community', 'certificate', 'review']);
area('voorportaal', ['front-door', 'voorportaal', 'self-referral', 'directory']);

/** Purposes declared on reads (`x-personal-data`, `ensureCanRead`) that name an activity. */
const BY_PURPOSE: Record<string, StandardActivityCode> = {
  zaakbehandeling: 'zaakbehandeling',
  agenda: 'zaakbehandeling',
  uitkomst: 'zaakbehandeling',
  werkoverzicht: 'zaakbehandeling',
  matching: 'matching',
  instemming: 'matching',
  urenverantwoording: 'uren-en-verrekening',
  verrekening: 'uren-en-verrekening',
  'kosten externe mediator': 'uren-en-verrekening',
  rapportage: 'rapportage',
  registerbeheer: 'registerbeheer',
  registerexport: 'registerbeheer',
  registeroverzicht: 'registerbeheer',
  'poolgezondheid bewaken': 'registerbeheer',
  covenant: 'poolbeheer',
  accountbeheer: 'accountbeheer',
  controle: 'beveiligingslogging',
  'beheer uitgaande e-mail': 'berichtenverkeer',
};

export function activityForAction(action: string, purpose?: string | null): StandardActivityCode {
  const exact = BY_ACTION[action];
  if (exact) return exact;
  const head = action.split('.')[0]!;
  // `hours/approval-queue.read` → hours; `knowledge-article.create` → knowledge.
  const byArea = BY_AREA[head] ?? BY_AREA[head.split('/')[0]!] ?? BY_AREA[head.split(/[-/]/)[0]!];
  if (byArea) return byArea;
  const byPurpose = purpose ? BY_PURPOSE[purpose] : undefined;
  return byPurpose ?? DEFAULT_ACTIVITY_CODE;
}
