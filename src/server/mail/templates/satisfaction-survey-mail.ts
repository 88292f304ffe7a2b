import { contactLines, type PoolContact } from './contact-lines.js';

/** To a party after the mediation: an optional, anonymous survey behind a single-use link. */
export function satisfactionSurveyMail(p: { poolName: string; link: string; again?: boolean; contact?: PoolContact }) {
  return {
    subject: `${p.poolName}: hoe heeft u de mediation ervaren?`,
    text: [
      'Beste deelnemer,',
      '',
      'U heeft onlangs deelgenomen aan een mediation. Wilt u ons laten weten hoe u die heeft ervaren?',
      'Het invullen duurt een minuut, is vrijwillig en anoniem: uw antwoorden worden niet aan de zaak of aan uw naam gekoppeld.',
      ...(p.again ? ['', 'U kreeg deze vraag al eerder. Deze nieuwe link vervangt de vorige; de oude werkt niet meer.'] : []),
      '',
      p.link,
      ...contactLines(p.contact),
      '',
      'Met vriendelijke groet,',
      p.poolName,
    ].join('\n'),
  };
}
