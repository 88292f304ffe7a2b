import type { MailMessages } from './i18n-nl.js';

/** The outgoing mail: English texts, typed by the Dutch ones. */
export const mailEn: MailMessages = {
  title: 'Outgoing mail',
  intro: 'All e-mail the pool sends. Failed messages can be sent again.',
  status: 'Status',
  statuses: { queued: 'Queued', sending: 'Sending', sent: 'Sent', failed: 'Failed' },
  caption: (total: number) => (total === 1 ? '1 e-mail' : `${total} e-mails`),
  empty: 'No e-mail matches the filter yet.',
  columns: { subject: 'Subject and content', to: 'To', status: 'Status', created: 'Created', actions: 'Actions' },
  showBody: 'Show the content',
  attempts: (n: number) => (n === 1 ? '1 attempt' : `${n} attempts`),
  sentAt: (date: string) => `Sent on ${date}`,
  nextAttempt: (date: string) => `Next attempt ${date}`,
  lastError: 'Last error',
  attachments: 'Attachments',
  retry: 'Send again',
  retryLabel: (subject: string, to: string) => `Send “${subject}” to ${to} again`,
  retried: 'The e-mail is back in the queue.',
};
