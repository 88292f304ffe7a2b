/**
 * The VTIMEZONE for Europe/Amsterdam with the EU summer-time rule that amsterdam-time.ts applies:
 * summer time from the last Sunday of March 02:00 local (01:00 UTC) to the last Sunday of
 * October 03:00 local (01:00 UTC). Clients that know the zone use their own data; others use this.
 */
export const AMSTERDAM_TZID = 'Europe/Amsterdam';

export const AMSTERDAM_VTIMEZONE: readonly string[] = Object.freeze([
  'BEGIN:VTIMEZONE',
  `TZID:${AMSTERDAM_TZID}`,
  'X-LIC-LOCATION:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]);
