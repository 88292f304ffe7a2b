/**
 * Date-poll mails: the invitation to answer (with the address of the poll, or a party's personal
 * link) and the fixed date with the .ics. A first-session poll's text names no case data beyond
 * what the organiser wrote as the title ("Eerste mediationgesprek"), like the consent mail.
 */
export interface PollInviteInput {
  recipientName: string;
  poolName: string;
  organiserName: string;
  title: string;
  url: string;
  /** A party's personal link: say that it opens this poll only and when it stops working. */
  personal: { expiresText: string } | null;
}

export function pollInviteMail(p: PollInviteInput) {
  return {
    subject: `Datumprikker: ${p.title}`,
    text: [
      `Beste ${p.recipientName},`,
      '',
      `${p.organiserName} zoekt een datum voor: ${p.title}.`,
      'Geef per moment aan of het u past: ja, eventueel of nee.',
      '',
      p.url,
      '',
      ...(p.personal
        ? [`Deze link is persoonlijk: deel hem niet. U heeft er geen account voor nodig. Hij werkt tot ${p.personal.expiresText} en alleen voor deze datumprikker.`, '']
        : []),
      'Met vriendelijke groet,',
      p.organiserName,
      p.poolName,
    ].join('\n'),
  };
}

export interface PollFixedInput {
  recipientName: string;
  poolName: string;
  organiserName: string;
  title: string;
  dateText: string;
  start: string;
  end: string;
  location: string | null;
  onlineUrl: string | null;
}

export function pollFixedMail(p: PollFixedInput) {
  return {
    subject: `Datum vastgezet: ${p.title}`,
    text: [
      `Beste ${p.recipientName},`,
      '',
      `De datum voor ${p.title} staat vast.`,
      '',
      `Wanneer: ${p.dateText}, ${p.start}–${p.end} uur (Nederlandse tijd)`,
      ...(p.location ? [`Locatie: ${p.location}`] : []),
      ...(p.onlineUrl ? [`Online: ${p.onlineUrl}`] : []),
      '',
      'In de bijlage staat de afspraak als agendabestand (.ics); open het om de afspraak in uw agenda te zetten.',
      '',
      'Met vriendelijke groet,',
      p.organiserName,
      p.poolName,
    ].join('\n'),
  };
}
