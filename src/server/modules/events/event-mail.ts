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

/** The place of an event as a mail names it: the address, the online link, or both. */
export const placeOf = (row: { location: string | null; online_url: string | null }) => [row.location, row.online_url ? `online: ${row.online_url}` : null].filter(Boolean).join('; ');

/** The mail to everyone registered or waiting when the organiser moved the event or changed its place. */
export function eventChangedMail(p: { name: string; poolName: string; title: string; startsAt: Date; endsAt: Date; place: string; waiting: boolean; eventUrl: string }) {
  return {
    subject: `${p.poolName}: "${p.title}" is gewijzigd`,
    text: [
      `Beste ${p.name},`,
      '',
      `De organisator heeft "${p.title}" gewijzigd. ${p.waiting ? 'U staat op de wachtlijst.' : 'U bent ingeschreven.'} Dit zijn de gegevens nu:`,
      '',
      `Wanneer: ${formatDutchDateTime(p.startsAt)} tot ${formatDutchDateTime(p.endsAt)}`,
      `Waar: ${p.place}`,
      '',
      `Kunt u nu niet meer? Schrijf u dan uit via ${p.eventUrl}.`,
      '',
      'Met vriendelijke groet,',
      p.poolName,
    ].join('\n'),
  };
}

/** The mail to everyone registered or waiting when the organiser cancelled the event. */
export function eventCancelledMail(p: { name: string; poolName: string; title: string; startsAt: Date; reason: string | null }) {
  return {
    subject: `${p.poolName}: "${p.title}" gaat niet door`,
    text: [
      `Beste ${p.name},`,
      '',
      `"${p.title}" op ${formatDutchDateTime(p.startsAt)} is geannuleerd en gaat niet door. Uw inschrijving vervalt daarmee; u hoeft niets te doen.`,
      ...(p.reason ? ['', `Reden: ${p.reason}`] : []),
      '',
      'Met vriendelijke groet,',
      p.poolName,
    ].join('\n'),
  };
}
