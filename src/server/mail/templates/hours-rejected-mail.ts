/** To a mediator whose hours a coordinator rejected, with the reason, so they can fix and resubmit. */
export function hoursRejectedMail(p: { name: string; poolName: string; caseNumber: string; date: string; minutes: number; reason: string; reviewerName: string }) {
  const duration = `${Math.floor(p.minutes / 60)}:${String(Math.abs(p.minutes) % 60).padStart(2, '0')}`;
  return {
    subject: `${p.poolName}: uren op zaak ${p.caseNumber} afgekeurd`,
    text: [
      `Beste ${p.name},`,
      '',
      `${p.reviewerName} heeft uw uren op zaak ${p.caseNumber} van ${p.date} (${duration} uur) afgekeurd, met deze reden:`,
      '',
      p.reason,
      '',
      'Pas de uren aan in Mediatorpool; daarna gaan ze opnieuw ter goedkeuring naar de coördinator.',
      '',
      'Met vriendelijke groet,',
      p.poolName,
    ].join('\n'),
  };
}
