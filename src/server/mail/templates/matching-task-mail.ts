import { formatDateTime } from './invitation-mail.js';
import { contactLines, type PoolContact } from './contact-lines.js';

/** To a mediator who is proposed for a case: a task to accept (with the declaration) or decline. */
export function matchingTaskMail(p: { name: string; poolName: string; caseNumber: string; role: 'lead' | 'co'; coordinatorName: string; link: string }) {
  const as = p.role === 'lead' ? 'mediator' : 'co-mediator';
  return {
    subject: `Voorstel: wilt u ${as} zijn in zaak ${p.caseNumber}?`,
    text: [
      `Beste ${p.name},`,
      '',
      `${p.coordinatorName} stelt u voor als ${as} in zaak ${p.caseNumber} van ${p.poolName}.`,
      'Bekijk de zaak en de partijen en laat weten of u de zaak aanneemt. Als u aanneemt, verklaart u',
      'dat u geen belang heeft bij de uitkomst, geen van de partijen eerder heeft geadviseerd en',
      'elke relatie met een partij meldt. Kunt u dat niet verklaren, wijs het voorstel dan af.',
      '',
      p.link,
      '',
      'Met vriendelijke groet,',
      p.poolName,
    ].join('\n'),
  };
}

/** To a party: the personal link to accept the proposed mediator or ask for another one. */
export function consentRequestMail(p: {
  partyName: string;
  poolName: string;
  mediatorNames: readonly string[];
  hasDisclosure: boolean;
  link: string;
  expiresAt: Date;
  contact?: PoolContact;
}) {
  const who = p.mediatorNames.join(' en ');
  return {
    subject: `Instemming met de voorgestelde mediator (${p.poolName})`,
    text: [
      `Beste ${p.partyName},`,
      '',
      `Voor de bemiddeling waarbij u partij bent, stelt ${p.poolName} ${who} voor.`,
      'U kiest zelf of u met deze mediator verder wilt. Via de persoonlijke link hieronder stemt u',
      'in, of vraagt u om een andere mediator of een externe (onafhankelijke) mediator.',
      ...(p.hasDisclosure ? ['', 'De mediator heeft een relatie met een partij gemeld; u leest die op de pagina.'] : []),
      '',
      p.link,
      '',
      `De link is alleen voor u, werkt één keer en verloopt op ${formatDateTime(p.expiresAt)}.`,
      'Stuur deze e-mail niet door.',
      ...contactLines(p.contact),
      '',
      'Met vriendelijke groet,',
      p.poolName,
    ].join('\n'),
  };
}

/** To the coordinator (or a mediator): what happened to a proposal and what to do next. */
export function proposalUpdateMail(p: { name: string; poolName: string; caseNumber: string; headline: string; lines: readonly string[]; link: string }) {
  return {
    subject: `Zaak ${p.caseNumber}: ${p.headline}`,
    text: [`Beste ${p.name},`, '', ...p.lines, '', p.link, '', 'Met vriendelijke groet,', p.poolName].join('\n'),
  };
}
