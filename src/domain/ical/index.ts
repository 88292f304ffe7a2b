/** Public API of the iCalendar domain (pure, browser-safe). */
export { amsterdamOffsetMinutes, fromAmsterdamLocal, summerTimeBounds, toAmsterdamLocal } from './amsterdam-time.js';
export type { FromLocalResult, LocalDateTime } from './amsterdam-time.js';
export { escapeText, foldLine, formatLocalDateTime, formatUtcDateTime, paramValue } from './ical-text.js';
export { AMSTERDAM_TZID, AMSTERDAM_VTIMEZONE } from './vtimezone.js';
export { writeCalendar } from './write-calendar.js';
export type { IcalCalendar, IcalEvent, IcalPerson } from './write-calendar.js';
