import ICAL from 'ical.js';

/** Parses with ical.js (an independent implementation), registering the file's own VTIMEZONEs. */
export function parseEvents(text: string) {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        sequence: event.sequence,
        summary: event.summary,
        location: event.location,
        description: event.description,
        status: String(vevent.getFirstPropertyValue('status')),
        startUtc: event.startDate.toJSDate().toISOString(),
        endUtc: event.endDate.toJSDate().toISOString(),
        startLocal: event.startDate.toString(),
        tzid: vevent.getFirstProperty('dtstart')?.getParameter('tzid') ?? null,
        vevent,
      };
    }),
  };
}
