import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Outcome, AgreementsKept } from '../../db/schema-outcomes.js';
import { addDays, toDayNumber, type IsoDate } from '../../../domain/calendar/iso-date.js';
import { addWorkingDays } from '../../../domain/calendar/working-days.js';
import { formatCaseNumber } from '../../../domain/cases/case-number.js';
import { periodCode, periodContaining } from '../../../domain/settlement/index.js';
import { loadPoolClockSettings, todayInAmsterdam } from '../case-status/index.js';
import {
  insertDemoCase,
  insertDemoCaseMediator,
  insertDemoEvent,
  insertDemoHours,
  insertDemoOutcome,
  insertDemoParties,
  insertDemoSession,
  insertDemoTriage,
  poolHasCases,
  poolMembers,
  poolUsers,
  raiseCaseNumberCounter,
  workingMediators,
} from './repository/demo-year.js';

/** A small deterministic generator, so the demo looks the same on every start. */
function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(weighted: readonly (readonly [T, number])[]): T => {
    const total = weighted.reduce((x, [, w]) => x + w, 0);
    let r = next() * total;
    for (const [v, w] of weighted) if ((r -= w) < 0) return v;
    return weighted[weighted.length - 1]![0];
  };
  return { next, int, pick };
}

// Busier in summer (as neighbourhood mediation reports), quieter around Christmas.
const MONTH_WEIGHTS = [3, 3, 3, 3, 4, 5, 6, 6, 4, 3, 3, 2];
const TYPES = [['employment', 45], ['citizen_government', 25], ['neighbours', 20], ['group', 5], ['other', 5]] as const;
const SOURCES = [['hr', 35], ['manager', 25], ['complaints_officer', 10], ['objections_officer', 10], ['party', 15], ['other', 5]] as const;
const ROUTES = [['formal_mediation', 65], ['process_facilitator', 12], ['coaching', 5], ['refer_elsewhere', 8], ['not_suitable', 10]] as const;
const OUTCOMES: readonly (readonly [Outcome, number])[] = [['full_agreement', 45], ['partial_agreement', 20], ['no_agreement', 15], ['stopped_by_party', 8], ['stopped_by_mediator', 4], ['other_party_refused', 5], ['referred_on', 3]];
const KEPT: readonly (readonly [AgreementsKept, number])[] = [['yes', 70], ['partly', 20], ['no', 10]];

type CaseType = (typeof TYPES)[number][0];
type PartyRole = 'employee' | 'manager' | 'citizen' | 'neighbour' | 'organisation_representative';

/** What a case of each type is about, as a referrer would write it, and the roles of its two parties. */
const STORIES: Record<CaseType, { roles: readonly [PartyRole, PartyRole]; items: readonly (readonly [string, string])[] }> = {
  employment: {
    roles: ['employee', 'manager'],
    items: [
      ['Samenwerking op de afdeling Burgerzaken', 'Een medewerker en haar leidinggevende spreken sinds een reorganisatie nauwelijks nog met elkaar.'],
      ['Terugkeer na ziekteverzuim bij Sociaal Domein', 'Na een lange ziekteperiode verschillen medewerker en leidinggevende van mening over de re-integratie.'],
      ['Onenigheid over taken in het team Belastingen', 'Een medewerker voelt zich gepasseerd bij de verdeling van taken; de leidinggevende ziet dat anders.'],
      ['Vertrouwen tussen teamleider en medewerker bij Openbare Ruimte', 'Na een beoordelingsgesprek is het vertrouwen tussen een medewerker en zijn teamleider weg.'],
      ['Werkdruk en roosters bij de buitendienst', 'Een medewerker en de planner verschillen sterk van mening over de roosters en de werkdruk.'],
    ],
  },
  citizen_government: {
    roles: ['citizen', 'organisation_representative'],
    items: [
      ['Bezwaar tegen de afwijzing van bijzondere bijstand', 'Een inwoner maakte bezwaar tegen een afwijzing; een gesprek kan de zaak mogelijk oplossen.'],
      ['Klacht over de behandeling van een omgevingsvergunning', 'Een inwoner voelt zich niet gehoord bij de aanvraag van een vergunning voor een aanbouw.'],
      ['Bezwaar tegen een parkeerbesluit in de wijk', 'Een inwoner is het oneens met het besluit over een parkeerplaats voor de deur.'],
      ['Onvrede over de Wmo-voorziening', 'Een inwoner en de consulent verschillen van mening over de hulp bij het huishouden.'],
    ],
  },
  neighbours: {
    roles: ['neighbour', 'neighbour'],
    items: [
      ['Geluidsoverlast tussen bovenburen en onderburen', 'Twee huishoudens in een portiekflat ergeren zich al maanden aan elkaars geluid.'],
      ['Schutting en erfgrens aan de achterzijde', 'Buren zijn het oneens over een nieuwe schutting op de erfgrens.'],
      ['Overhangende bomen en bladeren', 'Een buurman wil dat de bomen van de buren worden gesnoeid; die zien daar geen reden toe.'],
    ],
  },
  group: {
    roles: ['employee', 'manager'],
    items: [
      ['Spanningen in het team Wijkbeheer', 'Binnen een team zijn twee kampen ontstaan; de teamleider vraagt om een gesprek met iedereen.'],
      ['Samenwerking tussen twee teams van Publiekszaken', 'Twee teams verwijten elkaar dat het werk blijft liggen.'],
    ],
  },
  other: {
    roles: ['organisation_representative', 'organisation_representative'],
    items: [
      ['Afspraken over het gebruik van de sporthal', 'Een vereniging en de beheerder van de sporthal komen niet tot afspraken over de uren.'],
      ['Onenigheid over een subsidieafspraak', 'Een stichting en de gemeente lezen een subsidieafspraak verschillend.'],
    ],
  },
};

/** Whether a party works for the requesting municipality (so no mediator of it may take the case). */
const worksForMunicipality = (type: CaseType, position: 1 | 2): boolean =>
  type === 'employment' || type === 'group' || (type === 'citizen_government' && position === 2);

const FIRST_NAMES = ['Anne', 'Bas', 'Carla', 'Daan', 'Esther', 'Freek', 'Gerda', 'Hamza', 'Iris', 'Joost', 'Karin', 'Lars', 'Mirjam', 'Niels', 'Olga', 'Pieter', 'Rianne', 'Sven', 'Tamara', 'Umut', 'Vera', 'Wouter', 'Yara', 'Zeynep'];
const LAST_NAMES = ['de Vries', 'Jansen', 'van Dijk', 'Bos', 'Meijer', 'Post', 'Kok', 'Hoekman', 'Bouwman', 'Schipper', 'van der Veen', 'Brinkman', 'Yilmaz', 'Dekker', 'Huisman', 'Prins', 'Wolters', 'Kuipers', 'Lammers', 'Oosterhuis'];

/**
 * A year of the demo pool (the twelve months up to today): about 40 cases with a summer peak,
 * plausible routes, outcomes, sessions and approved hours by the demo mediators, written straight
 * into the tables with consistent statuses, timeline events, mediators and dates, so that every
 * chart of the reports shows something real. Does nothing when the pool already has cases.
 */
export async function seedDemoYear(db: Kysely<DB>, poolId: string, opts: { cases?: number; today?: IsoDate } = {}): Promise<number> {
  if (!db.isTransaction) return db.transaction().execute((trx) => seedDemoYear(trx, poolId, opts));
  if (await poolHasCases(db, poolId)) return 0;
  const today = opts.today ?? todayInAmsterdam();
  const { calendar } = await loadPoolClockSettings(db, poolId);
  const g = generator(119);
  // Names and stories from a generator of their own, so that the year's figures stay as they were.
  const words = generator(1708);
  const personName = () => `${FIRST_NAMES[words.int(0, FIRST_NAMES.length - 1)]!} ${LAST_NAMES[words.int(0, LAST_NAMES.length - 1)]!}`;

  const members = await poolMembers(db, poolId);
  const users = await poolUsers(db, poolId);
  const coordinator = users.find((u) => u.roles.includes('coordinator'));
  if (!coordinator || members.length === 0) return 0;
  const contactOf = (municipalityId: string) => users.find((u) => u.roles.includes('contact') && u.municipality_id === municipalityId) ?? coordinator;
  const mediators = await workingMediators(db, poolId);
  const active = mediators.filter((m) => m.status === 'active');
  const trainee = mediators.find((m) => m.status === 'in_training');
  const count = opts.cases ?? 40;

  // Referral dates: months weighted towards summer, working days only, the last ending today.
  const monthOf = (d: IsoDate) => Number(d.slice(5, 7)) - 1;
  const candidates: IsoDate[] = [];
  for (let i = 0; i < 365; i += 1) {
    const d = addDays(today, i - 364);
    if (addWorkingDays(addDays(d, -1), 1, calendar) === d) candidates.push(d);
  }
  const weighted = candidates.map((d) => [d, MONTH_WEIGHTS[monthOf(d)]!] as const);
  const dates = Array.from({ length: count }, () => g.pick(weighted)).sort();
  const numbers = new Map<number, number>();
  let made = 0;

  for (const referredOn of dates) {
    const muni = members[g.int(0, members.length - 1)]!;
    const referrer = contactOf(muni.id);
    const year = Number(referredOn.slice(0, 4));
    const seq = (numbers.get(year) ?? 0) + 1;
    numbers.set(year, seq);
    const route = g.pick(ROUTES);
    const notTaken = route === 'refer_elsewhere' || route === 'not_suitable';
    const triagedOn = addWorkingDays(referredOn, g.int(1, 3), calendar);
    const assignedOn = notTaken ? null : addWorkingDays(referredOn, g.int(3, 14), calendar);
    const concludedOn = assignedOn ? addWorkingDays(assignedOn, g.int(15, 65), calendar) : null;
    const past = (d: IsoDate | null): d is IsoDate => d !== null && d <= today;
    const outcome = past(concludedOn) ? g.pick(OUTCOMES) : null;
    const aftercareDue = past(concludedOn) ? addDays(concludedOn, 42) : null;
    const closedAfterCare = aftercareDue !== null && aftercareDue <= today;
    const status = notTaken
      ? past(triagedOn) ? 'referred' : 'triage'
      : !past(triagedOn) ? 'triage'
      : !past(assignedOn) ? 'matching'
      : !past(concludedOn) ? 'in_progress'
      : closedAfterCare ? 'closed' : 'concluded';

    const caseType = g.pick(TYPES);
    const story = STORIES[caseType];
    const [title, description] = story.items[words.int(0, story.items.length - 1)]!;
    const caseId = await insertDemoCase(db, {
      pool_id: poolId,
      number: formatCaseNumber(year, seq),
      requesting_municipality_id: muni.id,
      case_type: caseType,
      title,
      description,
      status,
      route: past(triagedOn) ? route : null,
      referral_source: g.pick(SOURCES),
      urgency: g.next() < 0.15 ? 'high' : 'normal',
      referrer_user_id: referrer.id,
      referred_on: referredOn,
      first_contact_on: past(addWorkingDays(referredOn, 2, calendar)) ? addWorkingDays(referredOn, 2, calendar) : null,
      assigned_on: past(assignedOn) ? assignedOn : null,
      concluded_on: past(concludedOn) ? concludedOn : null,
      closed_on: status === 'referred' ? triagedOn : closedAfterCare ? aftercareDue : null,
      first_contact_due_on: addWorkingDays(referredOn, 5, calendar),
      assignment_due_on: addWorkingDays(referredOn, 10, calendar),
      conclusion_due_on: addWorkingDays(referredOn, 60, calendar),
      outcome_shareable: g.next() < 0.7,
      referred_to: status === 'referred' ? (route === 'refer_elsewhere' ? 'Algemeen maatschappelijk werk' : 'Huisarts en GGZ') : null,
      created_at: new Date(`${referredOn}T09:00:00Z`),
      updated_at: new Date(`${referredOn}T09:00:00Z`),
    });
    const c = { id: caseId };
    made += 1;
    await insertDemoParties(db, [
      { pool_id: poolId, case_id: c.id, position: 1, role: story.roles[0], name: personName(), municipality_id: worksForMunicipality(caseType, 1) ? muni.id : null, informed: true },
      { pool_id: poolId, case_id: c.id, position: 2, role: story.roles[1], name: personName(), municipality_id: worksForMunicipality(caseType, 2) ? muni.id : null, informed: true },
    ]);

    const events: { at: IsoDate; kind: string; from: string | null; to: string | null }[] = [{ at: referredOn, kind: 'referral', from: null, to: 'registered' }];
    const step = (at: IsoDate, from: string, to: string) => events.push({ at, kind: 'transition', from, to });
    step(referredOn, 'registered', 'triage');
    if (past(triagedOn)) {
      await insertDemoTriage(db, { case_id: c.id, pool_id: poolId, route, reason: notTaken ? 'Niet geschikt voor mediation door de pool.' : 'Geschikt voor bemiddeling door de pool.', decided_by: coordinator.id, decided_at: new Date(`${triagedOn}T10:00:00Z`) });
      events.push({ at: triagedOn, kind: 'triage', from: 'triage', to: notTaken ? 'referred' : 'matching' });
    }
    if (past(assignedOn)) {
      const lead = active.filter((m) => m.municipality_id !== muni.id)[g.int(0, Math.max(0, active.filter((m) => m.municipality_id !== muni.id).length - 1))] ?? active[0];
      if (lead) {
        await insertDemoCaseMediator(db, { case_id: c.id, mediator_id: lead.id, pool_id: poolId, role: 'lead', assigned_at: new Date(`${assignedOn}T12:00:00Z`) });
        if (trainee && trainee.municipality_id !== muni.id && g.next() < 0.25) {
          await insertDemoCaseMediator(db, { case_id: c.id, mediator_id: trainee.id, pool_id: poolId, role: 'co', assigned_at: new Date(`${assignedOn}T12:00:00Z`) });
        }
        step(assignedOn, 'matching', 'proposed');
        step(assignedOn, 'proposed', 'assigned');
        const startOn = addWorkingDays(assignedOn, 2, calendar);
        if (past(startOn)) step(startOn, 'assigned', 'in_progress');
        // Sessions about every two weeks until conclusion (or today), with approved hours.
        const endOn = past(concludedOn) ? concludedOn : today;
        const sessions = Math.max(1, Math.min(5, Math.floor((toDayNumber(endOn) - toDayNumber(startOn)) / 14)));
        const hours: { date: IsoDate; minutes: number; activity: 'intake' | 'session' | 'preparation' | 'reporting' }[] = [{ date: startOn, minutes: 60, activity: 'intake' }];
        for (let i = 0; i < sessions; i += 1) {
          const on = addWorkingDays(startOn, 3 + i * 10, calendar);
          if (!past(on) || (past(concludedOn) && on > concludedOn)) break;
          await insertDemoSession(db, { pool_id: poolId, case_id: c.id, starts_at: new Date(`${on}T13:00:00Z`), ends_at: new Date(`${on}T15:00:00Z`), location: 'Gemeentehuis, spreekkamer 2', planned_by: lead.user_id, created_at: new Date(`${startOn}T09:00:00Z`), updated_at: new Date(`${startOn}T09:00:00Z`) });
          hours.push({ date: on, minutes: g.pick([[90, 2], [120, 5], [150, 2]] as const), activity: 'session' }, { date: on, minutes: 30, activity: 'preparation' });
        }
        if (past(concludedOn)) hours.push({ date: concludedOn, minutes: 45, activity: 'reporting' });
        for (const h of hours.filter((x) => past(x.date))) {
          const period = periodContaining('quarter', h.date);
          await insertDemoHours(db, {
            pool_id: poolId,
            case_id: c.id,
            mediator_id: lead.id,
            supplier_municipality_id: lead.municipality_id ?? muni.id,
            user_municipality_id: muni.id,
            work_date: h.date,
            minutes: h.minutes,
            activity: h.activity,
            status: 'approved',
            decided_by: coordinator.id,
            decided_at: new Date(`${h.date}T18:00:00Z`),
            period_code: periodCode(period),
            period_start: period.start,
            period_end: period.end,
            created_by: lead.user_id,
          });
        }
        if (outcome && past(concludedOn)) {
          const kept = closedAfterCare ? g.pick(KEPT) : null;
          await insertDemoOutcome(db, {
            case_id: c.id,
            pool_id: poolId,
            outcome,
            written_agreement: (outcome === 'full_agreement' || outcome === 'partial_agreement') && g.next() < 0.7,
            recorded_by: lead.user_id,
            recorded_at: new Date(`${concludedOn}T11:00:00Z`),
            aftercare_due_on: aftercareDue,
            aftercare_kept: kept,
            aftercare_recorded_by: kept ? lead.user_id : null,
            aftercare_recorded_at: kept && aftercareDue ? new Date(`${aftercareDue}T11:00:00Z`) : null,
          });
          step(concludedOn, 'in_progress', 'concluded');
          if (closedAfterCare && aftercareDue) events.push({ at: aftercareDue, kind: 'aftercare', from: 'concluded', to: 'closed' });
        }
      }
    }
    for (const e of events) {
      await insertDemoEvent(db, { pool_id: poolId, case_id: c.id, at: new Date(`${e.at}T12:00:00Z`), actor_user_id: null, actor_label: 'demo', kind: e.kind, from_status: e.from, to_status: e.to, detail: '{}' });
    }
  }
  for (const [year, last] of numbers) {
    await raiseCaseNumberCounter(db, poolId, year, last);
  }
  return made;
}
