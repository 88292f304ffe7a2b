/** The outgoing mail: Dutch texts (`t.mail`), a chunk of their own (i18n/catalogues.ts). */
export const mailNl = {
  title: 'Uitgaande e-mail',
  intro: 'Alle e-mail die de pool verstuurt. Mislukte berichten kunt u opnieuw laten versturen.',
  status: 'Status',
  statuses: { queued: 'In de wachtrij', sending: 'Wordt verstuurd', sent: 'Verstuurd', failed: 'Mislukt' },
  caption: (total: number) => (total === 1 ? '1 e-mail' : `${total} e-mails`),
  empty: 'Nog geen e-mail die aan het filter voldoet.',
  columns: { subject: 'Onderwerp en inhoud', to: 'Aan', status: 'Status', created: 'Aangemaakt', actions: 'Acties' },
  showBody: 'Toon de inhoud',
  attempts: (n: number) => (n === 1 ? '1 poging' : `${n} pogingen`),
  sentAt: (date: string) => `Verstuurd op ${date}`,
  nextAttempt: (date: string) => `Volgende poging ${date}`,
  lastError: 'Laatste foutmelding',
  attachments: 'Bijlagen',
  retry: 'Opnieuw versturen',
  retryLabel: (subject: string, to: string) => `“${subject}” aan ${to} opnieuw versturen`,
  retried: 'De e-mail staat weer in de wachtrij.',
};
export type MailMessages = typeof mailNl;
