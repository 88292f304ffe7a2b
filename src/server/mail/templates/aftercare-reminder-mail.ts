/**
 * To the case's mediator (or, when no mediator on the case can sign in, a coordinator) when the
 * aftercare check falls due. Only the case number, the date and the link: no party names or
 * content, because e-mail is not a confidential channel.
 */
export function aftercareReminderMail(p: { name: string; poolName: string; caseNumber: string; dueOn: string; link: string; asCoordinator: boolean }) {
  return {
    subject: `Nazorg: zaak ${p.caseNumber}`,
    text: [
      `Beste ${p.name},`,
      '',
      `De nazorg van zaak ${p.caseNumber} staat gepland op ${p.dueOn}.`,
      'Neem contact op met de partijen en vraag of de afspraken zijn nagekomen. Leg daarna in',
      'Mediatorpool vast hoe het ging; de zaak wordt dan gesloten.',
      ...(p.asCoordinator ? ['', 'U krijgt dit bericht als coördinator: geen mediator van deze zaak kan inloggen.'] : []),
      '',
      p.link,
      '',
      'Met vriendelijke groet,',
      p.poolName,
    ].join('\n'),
  };
}
