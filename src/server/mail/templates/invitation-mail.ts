import { formatDutchDateTime } from '../../../domain/calendar/iso-date.js';
export function invitationMail(p: { name: string; poolName: string; inviterName: string | null; link: string; expiresAt: Date }) {
  return {
    subject: `Uitnodiging voor ${p.poolName}`,
    text: [
      `Beste ${p.name},`,
      '',
      `${p.inviterName ?? 'De beheerder'} nodigt u uit voor ${p.poolName} op Mediatorpool.`,
      'Via de link hieronder kiest u een wachtwoord en activeert u uw account:',
      '',
      p.link,
      '',
      `De link werkt één keer en verloopt op ${formatDateTime(p.expiresAt)}.`,
      'Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren.',
      '',
      'Met vriendelijke groet,',
      p.poolName,
    ].join('\n'),
  };
}

export const formatDateTime = formatDutchDateTime;
