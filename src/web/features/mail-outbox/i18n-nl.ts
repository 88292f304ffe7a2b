/** The outgoing mail: Dutch texts (`t.mail`), a chunk of their own (i18n/catalogues.ts). */
export const mailNl = {
  title: 'Uitgaande e-mail',
  intro:
    'Alle e-mail die de pool verstuurt. Mislukte berichten kunt u opnieuw laten versturen. De inhoud ziet u hier niet: die bevat persoonlijke links en zaakgegevens die alleen voor de ontvanger zijn, en wordt gewist zodra het bericht is verstuurd.',
  status: 'Status',
  statuses: { queued: 'In de wachtrij', sending: 'Wordt verstuurd', sent: 'Verstuurd', failed: 'Mislukt' },
  caption: (total: number, capped = false) => (capped ? `Meer dan ${total.toLocaleString('nl-NL')} e-mails` : total === 1 ? '1 e-mail' : `${total} e-mails`),
  empty: 'Nog geen e-mail die aan het filter voldoet.',
  columns: { subject: 'Onderwerp', to: 'Aan', status: 'Status', created: 'Aangemaakt', actions: 'Acties' },
  kind: (kind: string) => `Soort: ${kind}`,
  /** The kinds of mail the server queues (src/server/mail, modules, jobs); an unknown one shows its code. */
  kinds: {
    'password-reset': 'nieuw wachtwoord',
    invitation: 'uitnodiging',
    'case-referred': 'nieuwe aanmelding',
    'matching.task': 'voorstel aan mediator',
    'matching.update': 'voorstel bijgewerkt',
    'matching.consent-request': 'instemming van partij',
    'session-planned': 'gesprek gepland',
    'session-rescheduled': 'gesprek gewijzigd',
    'session-cancelled': 'gesprek geannuleerd',
    'session-uninvited': 'niet meer uitgenodigd',
    'hours-rejected': 'uren afgekeurd',
    'referrer-feedback': 'terugkoppeling aan verwijzer',
    'satisfaction-survey': 'tevredenheidsonderzoek',
    'aftercare-reminder': 'herinnering nazorg',
    'deadline-digest': 'termijnoverzicht',
    'wake-up': 'oproep aan mediator',
  } as Partial<Record<string, string>>,
  attempts: (n: number) => (n === 1 ? '1 poging' : `${n} pogingen`),
  sentAt: (date: string) => `Verstuurd op ${date}`,
  nextAttempt: (date: string) => `Volgende poging ${date}`,
  lastError: 'Laatste foutmelding',
  retry: 'Opnieuw versturen',
  retryLabel: (subject: string, to: string) => `“${subject}” aan ${to} opnieuw versturen`,
  retried: 'De e-mail staat weer in de wachtrij.',
};
export type MailMessages = typeof mailNl;
