import { formatDateTime } from './invitation-mail.js';

export function passwordResetMail(p: { name: string; poolName: string; link: string; expiresAt: Date }) {
  return {
    subject: 'Nieuw wachtwoord instellen',
    text: [
      `Beste ${p.name},`,
      '',
      'Iemand (hopelijk u) vroeg om een nieuw wachtwoord voor uw account bij Mediatorpool.',
      'Via deze link kiest u een nieuw wachtwoord:',
      '',
      p.link,
      '',
      `De link werkt één keer en verloopt op ${formatDateTime(p.expiresAt)}.`,
      'Vroeg u hier niet om? Dan hoeft u niets te doen; uw wachtwoord blijft hetzelfde.',
      '',
      'Met vriendelijke groet,',
      p.poolName,
    ].join('\n'),
  };
}
