/**
 * The case discussion's digest: the followed threads with new posts and how many, each with its
 * link. Only thread titles and counts, never a post's text: e-mail is not a confidential channel
 * and the discussion is closed to the pool's mediators and coordinators.
 */
export function caseDiscussionDigestMail(p: { name: string; poolName: string; frequency: 'daily' | 'weekly'; threads: { title: string; newPosts: number; link: string }[]; settingsLink: string }) {
  const total = p.threads.reduce((n, t) => n + t.newPosts, 0);
  const period = p.frequency === 'daily' ? 'dagelijks' : 'wekelijks';
  return {
    subject: `Casuïstiek: ${total} ${total === 1 ? 'nieuw bericht' : 'nieuwe berichten'}`,
    text: [
      `Beste ${p.name},`,
      '',
      `Nieuwe berichten in de draden die u volgt in de casuïstiek van ${p.poolName}:`,
      '',
      ...p.threads.flatMap((t) => [`- ${t.title} (${t.newPosts} ${t.newPosts === 1 ? 'nieuw bericht' : 'nieuwe berichten'})`, `  ${t.link}`]),
      '',
      `U krijgt dit overzicht ${period} omdat u daarvoor koos. Wijzigen of stoppen: ${p.settingsLink}`,
      '',
      'Met vriendelijke groet,',
      p.poolName,
    ].join('\n'),
  };
}
