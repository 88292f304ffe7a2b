import { formatDutchDate } from '../../../domain/calendar/iso-date.js';

/** The personal "we miss you" mail to a dormant mediator. */
export function wakeUpMail(p: {
  name: string;
  poolName: string;
  senderName: string;
  municipalityName: string | null;
  lastActivityOn: string | null;
  message: string | null;
  loginUrl: string;
}) {
  const since = p.lastActivityOn ? ` Uw laatste activiteit in de pool was op ${formatDutchDate(p.lastActivityOn)}.` : '';
  return {
    subject: `${p.poolName}: doet u weer mee als mediator?`,
    text: [
      `Beste ${p.name},`,
      '',
      `U staat in het register van ${p.poolName} als mediator${p.municipalityName ? ` van de gemeente ${p.municipalityName}` : ''}, maar we hebben u al een tijd niet gezien.${since}`,
      '',
      ...(p.message ? [p.message.trim(), ''] : []),
      'De pool heeft u nodig: er komen zaken binnen waarin een mediator van buiten de eigen organisatie het verschil maakt.',
      'Wilt u weer meedoen? Laat het ons weten, ook als u eerst iets nodig heeft: intervisie, een opfriscursus,',
      'of een eerste zaak samen met een ervaren collega als co-mediator.',
      '',
      `Werk uw beschikbaarheid bij via ${p.loginUrl}, of antwoord op deze e-mail.`,
      '',
      'Met vriendelijke groet,',
      p.senderName,
      p.poolName,
    ].join('\n'),
  };
}
