import type { MailMessages } from './i18n-nl.js';

/** The outgoing mail: English texts, typed by the Dutch ones. */
export const mailEn: MailMessages = {
  title: 'Outgoing mail',
  intro:
    'All e-mail the pool sends. Failed messages can be sent again. The content is not shown here: it holds personal links and case details meant for the addressee only, and is erased once the message has been sent.',
  status: 'Status',
  statuses: { queued: 'Queued', sending: 'Sending', sent: 'Sent', failed: 'Failed' },
  caption: (total: number, capped = false) => (capped ? `More than ${total.toLocaleString('en-GB')} e-mails` : total === 1 ? '1 e-mail' : `${total} e-mails`),
  empty: 'No e-mail matches the filter yet.',
  columns: { subject: 'Subject', to: 'To', status: 'Status', created: 'Created', actions: 'Actions' },
  kind: (kind: string) => `Kind: ${kind}`,
  kinds: {
    'password-reset': 'new password',
    invitation: 'invitation',
    'case-referred': 'new referral',
    'matching.task': 'proposal to mediator',
    'matching.update': 'proposal update',
    'matching.consent-request': 'party consent',
    'session-planned': 'session planned',
    'session-rescheduled': 'session changed',
    'session-cancelled': 'session cancelled',
    'session-uninvited': 'no longer invited',
    'hours-rejected': 'hours rejected',
    'referrer-feedback': 'feedback to referrer',
    'satisfaction-survey': 'satisfaction survey',
    'aftercare-reminder': 'aftercare reminder',
    'deadline-digest': 'deadline overview',
    'wake-up': 'call to mediator',
  },
  attempts: (n: number) => (n === 1 ? '1 attempt' : `${n} attempts`),
  sentAt: (date: string) => `Sent on ${date}`,
  nextAttempt: (date: string) => `Next attempt ${date}`,
  lastError: 'Last error',
  retry: 'Send again',
  retryLabel: (subject: string, to: string) => `Send “${subject}” to ${to} again`,
  retried: 'The e-mail is back in the queue.',
};
