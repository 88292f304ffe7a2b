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

export function formatDateTime(d: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(d);
}
