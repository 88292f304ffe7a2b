/** The Dutch texts of the hours pages, plugged into the main catalogue as `t.hours`. */
export const hoursNl = {
  nav: 'Uren',
  navDescription: 'Uren schrijven en goedkeuren',
  activities: {
    intake: 'Intake',
    session: 'Sessie',
    preparation: 'Voorbereiding',
    reporting: 'Verslaglegging',
    travel: 'Reistijd',
    consultation: 'Overleg',
  } as Record<string, string>,
  statuses: { submitted: 'Wacht op goedkeuring', approved: 'Goedgekeurd', rejected: 'Afgekeurd' } as Record<string, string>,

  entry: {
    title: 'Uren',
    formTitle: 'Uren schrijven',
    formIntro: 'Vul de velden in en druk op Enter om op te slaan. Daarna staat de cursor weer in het eerste veld.',
    case: 'Zaak',
    chooseCase: 'Kies een zaak',
    date: 'Datum',
    time: 'Tijd',
    timeHint: 'In minuten (90) of als uren:minuten (1:30).',
    activity: 'Activiteit',
    travelKm: 'Kilometers (optioneel)',
    note: 'Notitie (optioneel)',
    submit: 'Uren opslaan',
    noCases: 'U bent nog aan geen zaak gekoppeld. Zodra u mediator op een zaak bent, kunt u er hier uren op schrijven.',
    saved: (minutes: string, caseNumber: string) => `${minutes} opgeslagen op zaak ${caseNumber}.`,
    problems: {
      caseRequired: 'Kies een zaak.',
      dateRequired: 'Vul een datum in.',
      timeRequired: 'Vul de tijd in, bijvoorbeeld 90 of 1:30.',
      timeFormat: 'Vul de tijd in als minuten (90) of uren:minuten (1:30).',
      timeRange: 'De tijd moet tussen 1 minuut en 24 uur liggen.',
      kmFormat: 'Vul de kilometers in als een heel getal vanaf 0.',
    },
  },

  month: {
    title: 'Mijn maand',
    label: 'Maand',
    previous: 'Vorige maand',
    next: 'Volgende maand',
    caption: (month: string) => `Mijn uren in ${month}`,
    empty: 'Geen uren in deze maand.',
    date: 'Datum',
    case: 'Zaak',
    activity: 'Activiteit',
    time: 'Tijd',
    km: 'Km',
    status: 'Status',
    note: 'Notitie',
    rejected: (reason: string) => `Reden: ${reason}`,
    totals: 'Totalen',
    approved: 'Goedgekeurd',
    submitted: 'Wacht op goedkeuring',
    rejectedTotal: 'Afgekeurd',
    travelKm: 'Kilometers',
    remove: 'Verwijderen',
    removeLabel: (date: string, time: string) => `Uren van ${date} (${time}) verwijderen`,
    removeTitle: 'Uren verwijderen?',
    removeBody: (date: string, time: string, caseNumber: string) => `De boeking van ${time} op ${date} (zaak ${caseNumber}) verdwijnt.`,
    removed: 'De uren zijn verwijderd.',
    toApproval: 'Naar uren goedkeuren',
  },

  approval: {
    title: 'Uren goedkeuren',
    queueTitle: 'Wachten op goedkeuring',
    queueCaption: 'Ingediende uren, oudste eerst',
    empty: 'Er wachten geen uren op goedkeuring.',
    mediator: 'Mediator',
    approve: 'Goedkeuren',
    approveLabel: (who: string, date: string) => `Uren van ${who} op ${date} goedkeuren`,
    reject: 'Afkeuren',
    rejectLabel: (who: string, date: string) => `Uren van ${who} op ${date} afkeuren`,
    approved: (who: string) => `De uren van ${who} zijn goedgekeurd.`,
    rejected: (who: string) => `De uren van ${who} zijn afgekeurd.`,
    rejectTitle: 'Uren afkeuren',
    rejectIntro: (who: string, time: string, caseNumber: string) => `${who} schreef ${time} op zaak ${caseNumber}. De mediator krijgt bericht met uw reden.`,
    reason: 'Reden',
    reasonRequired: 'Vul de reden in.',
    totalsTitle: 'Totalen',
    from: 'Van',
    to: 'Tot en met',
    show: 'Tonen',
    perCase: 'Per zaak',
    perMediator: 'Per mediator',
    municipality: 'Gemeente',
    approvedCol: 'Goedgekeurd',
    submittedCol: 'Wacht',
    noTotals: 'Geen uren in deze periode.',
  },

  /** "1 u 30 min", "45 min". */
  duration: (minutes: number) => {
    const sign = minutes < 0 ? '−' : '';
    const m = Math.abs(minutes);
    const h = Math.floor(m / 60);
    const rest = m % 60;
    if (h === 0) return `${sign}${rest} min`;
    return rest === 0 ? `${sign}${h} u` : `${sign}${h} u ${rest} min`;
  },
};

export type HoursMessages = typeof hoursNl;
