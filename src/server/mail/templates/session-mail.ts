/**
 * Invitation, change and cancellation of a mediation session. The text names the case number,
 * date, time and place only: never the case description or the session's confidential note.
 */
export type SessionMailKind = 'planned' | 'rescheduled' | 'cancelled' | 'uninvited';

export interface SessionMailInput {
  kind: SessionMailKind;
  recipientName: string;
  poolName: string;
  caseNumber: string;
  /** e.g. "zaterdag 24 oktober 2026" */
  dateText: string;
  start: string;
  end: string;
  location: string | null;
  onlineUrl: string | null;
  plannerName: string;
}

const SUBJECT: Record<SessionMailKind, string> = {
  planned: 'Uitnodiging',
  rescheduled: 'Gewijzigd',
  cancelled: 'Geannuleerd',
  uninvited: 'Geannuleerd',
};

export function sessionMail(p: SessionMailInput) {
  const when = `${p.dateText}, ${p.start}–${p.end} uur (Nederlandse tijd)`;
  const intro: Record<SessionMailKind, string> = {
    planned: `U bent uitgenodigd voor een mediationgesprek (zaak ${p.caseNumber}).`,
    rescheduled: `Het mediationgesprek van zaak ${p.caseNumber} is gewijzigd. Dit zijn de nieuwe gegevens.`,
    cancelled: `Het mediationgesprek van zaak ${p.caseNumber} gaat niet door.`,
    uninvited: `U hoeft niet meer bij dit mediationgesprek van zaak ${p.caseNumber} te zijn.`,
  };
  const where = [p.location ? `Locatie: ${p.location}` : null, p.onlineUrl ? `Online: ${p.onlineUrl}` : null].filter((l): l is string => l !== null);
  return {
    // The subject is all the pool's outbox view shows of a mail: the case number, not when or where.
    subject: `${SUBJECT[p.kind]}: mediationgesprek ${p.caseNumber}`,
    text: [
      `Beste ${p.recipientName},`,
      '',
      intro[p.kind],
      '',
      `Wanneer: ${when}`,
      ...where,
      '',
      p.kind === 'planned' || p.kind === 'rescheduled'
        ? 'In de bijlage staat de afspraak als agendabestand (.ics); open het om de afspraak in uw agenda te zetten of bij te werken.'
        : 'In de bijlage staat de annulering als agendabestand (.ics); open het om de afspraak uit uw agenda te halen.',
      '',
      'Met vriendelijke groet,',
      p.plannerName,
      p.poolName,
    ].join('\n'),
  };
}

/** "2026-10-24" → "zaterdag 24 oktober 2026" */
export function dutchLongDate(date: string): string {
  return new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}
