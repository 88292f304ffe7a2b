/**
 * To the referrer when a case is concluded: the status and, only when the parties allowed it, the
 * outcome category. Never the content of the mediation.
 */
export function referrerFeedbackMail(p: { name: string; poolName: string; caseNumber: string; concludedOn: string; outcomeLabel: string | null }) {
  return {
    subject: `${p.poolName}: zaak ${p.caseNumber} is afgerond`,
    text: [
      `Beste ${p.name},`,
      '',
      `De mediation in zaak ${p.caseNumber}, die u heeft aangemeld, is op ${p.concludedOn} afgerond.`,
      '',
      p.outcomeLabel
        ? `De partijen hebben toestemming gegeven om de uitkomst met u te delen: ${p.outcomeLabel}.`
        : 'De partijen hebben geen toestemming gegeven om de uitkomst met u te delen.',
      'Over de inhoud van de gesprekken doen wij geen mededelingen: die is vertrouwelijk.',
      '',
      'Met vriendelijke groet,',
      p.poolName,
    ].join('\n'),
  };
}
