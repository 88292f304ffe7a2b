import { formatDutchDateTime } from '../../../domain/calendar/iso-date.js';

/** The mail to someone who moved up from the waiting list to a place. */
export function placeFreedMail(p: { name: string; poolName: string; title: string; startsAt: Date; place: string; eventUrl: string }) {
  return {
    subject: `${p.poolName}: er is een plaats vrij voor u bij "${p.title}"`,
    text: [
      `Beste ${p.name},`,
      '',
      `U stond op de wachtlijst voor "${p.title}" op ${formatDutchDateTime(p.startsAt)}. Er is een plaats vrijgekomen en die is nu voor u: u bent ingeschreven.`,
      '',
      `Waar: ${p.place}`,
      '',
      `Kunt u toch niet? Schrijf u dan uit via ${p.eventUrl}, zodat de volgende op de wachtlijst uw plaats krijgt.`,
      '',
      'Met vriendelijke groet,',
      p.poolName,
    ].join('\n'),
  };
}
