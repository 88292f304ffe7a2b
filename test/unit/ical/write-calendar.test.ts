import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeText, foldLine, fromAmsterdamLocal, paramValue, writeCalendar, type IcalEvent } from '../../../src/domain/ical/index.js';
import { parseEvents } from './parse-helper.js';

const at = (date: string, time: string) => {
  const r = fromAmsterdamLocal(date, time);
  if (!r.ok) throw new Error('no such time');
  return r.instant;
};

const event = (overrides: Partial<IcalEvent> = {}): IcalEvent => ({
  uid: 'sessie-1@mediatorpool.test',
  sequence: 0,
  start: at('2026-10-24', '14:00'),
  end: at('2026-10-24', '15:30'),
  summary: 'Mediationgesprek MP-2026-0001',
  status: 'CONFIRMED',
  ...overrides,
});

const stamp = new Date('2026-10-01T08:00:00Z');

describe('iCalendar writer', () => {
  test('DST: Saturday 24 and Monday 26 October 2026, 14:00 Amsterdam → 12:00Z and 13:00Z (TZID + VTIMEZONE)', () => {
    const text = writeCalendar({
      prodId: '-//Mediatorpool//Sessies//NL',
      stamp,
      times: 'amsterdam',
      events: [event(), event({ uid: 'sessie-2@mediatorpool.test', start: at('2026-10-26', '14:00'), end: at('2026-10-26', '15:00') })],
    });
    const { events } = parseEvents(text);
    assert.equal(events.length, 2);
    assert.deepEqual(events.map((e) => [e.tzid, e.startLocal, e.startUtc, e.endUtc]), [
      ['Europe/Amsterdam', '2026-10-24T14:00:00', '2026-10-24T12:00:00.000Z', '2026-10-24T13:30:00.000Z'],
      ['Europe/Amsterdam', '2026-10-26T14:00:00', '2026-10-26T13:00:00.000Z', '2026-10-26T14:00:00.000Z'],
    ]);
  });

  test('DST in March, in UTC form', () => {
    const text = writeCalendar({
      prodId: '-//Mediatorpool//Sessies//NL',
      stamp,
      times: 'utc',
      events: [event({ start: at('2026-03-28', '10:00'), end: at('2026-03-28', '11:00') }), event({ uid: 'x@y', start: at('2026-03-30', '10:00'), end: at('2026-03-30', '11:00') })],
    });
    assert.doesNotMatch(text, /VTIMEZONE/);
    assert.match(text, /\r\nDTSTART:20260328T090000Z\r\n/);
    assert.match(text, /\r\nDTSTART:20260330T080000Z\r\n/);
    assert.deepEqual(parseEvents(text).events.map((e) => e.startUtc), ['2026-03-28T09:00:00.000Z', '2026-03-30T08:00:00.000Z']);
  });

  test('CRLF everywhere, UID, DTSTAMP, SEQUENCE and STATUS', () => {
    const text = writeCalendar({ prodId: '-//M//S//NL', method: 'CANCEL', stamp, times: 'amsterdam', events: [event({ sequence: 3, status: 'CANCELLED' })] });
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    assert.equal(text.replaceAll('\r\n', '').includes('\n'), false, 'no bare LF');
    assert.equal(text.replaceAll('\r\n', '').includes('\r'), false, 'no bare CR');
    assert.match(text, /\r\nMETHOD:CANCEL\r\n/);
    assert.match(text, /\r\nDTSTAMP:20261001T080000Z\r\n/);
    const [e] = parseEvents(text).events;
    assert.equal(e!.uid, 'sessie-1@mediatorpool.test');
    assert.equal(e!.sequence, 3);
    assert.equal(e!.status, 'CANCELLED');
  });

  test('escaping of , ; \\ and newlines survives a round trip', () => {
    const tricky = 'Gemeentehuis, zaal 2; ingang "achter" \\ kelder\nbel aan\r\nbij de balie';
    assert.equal(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
    const text = writeCalendar({ prodId: '-//M//S//NL', stamp, times: 'amsterdam', events: [event({ location: tricky, description: tricky, summary: 'Gesprek; deel 1, vervolg' })] });
    const [e] = parseEvents(text).events;
    assert.equal(e!.location, tricky.replace('\r\n', '\n'));
    assert.equal(e!.description, tricky.replace('\r\n', '\n'));
    assert.equal(e!.summary, 'Gesprek; deel 1, vervolg');
  });

  test('lines fold at 75 octets, never inside a UTF-8 character, and unfold to the original', () => {
    const long = 'Vergaderruimte ' + 'ééé € 😀 '.repeat(40);
    const text = writeCalendar({ prodId: '-//M//S//NL', stamp, times: 'amsterdam', events: [event({ location: long })] });
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `too long: ${line}`);
    assert.ok(!text.includes('\uFFFD'));
    assert.equal(parseEvents(text).events[0]!.location, long);
    const folded = foldLine('X'.repeat(200));
    assert.deepEqual(folded.split('\r\n').map((l) => l.length), [75, 75, 52]);
    assert.equal(folded.replaceAll('\r\n ', ''), 'X'.repeat(200));
  });

  test('organizer and attendees, with names that need quoting', () => {
    assert.equal(paramValue('Jansen, P.'), '"Jansen, P."');
    assert.equal(paramValue('Piet "P" Jansen'), 'Piet P Jansen');
    const text = writeCalendar({
      prodId: '-//M//S//NL',
      method: 'REQUEST',
      stamp,
      times: 'amsterdam',
      events: [event({ organizer: { name: 'Jansen, P.', email: 'p.jansen@staphorst.test' }, attendees: [{ name: 'A: B', email: 'a@b.test' }] })],
    });
    const [e] = parseEvents(text).events;
    const organizer = e!.vevent.getFirstProperty('organizer')!;
    assert.equal(organizer.getFirstValue(), 'mailto:p.jansen@staphorst.test');
    assert.equal(organizer.getParameter('cn'), 'Jansen, P.');
    assert.equal(e!.vevent.getFirstProperty('attendee')!.getParameter('cn'), 'A: B');
  });

  test('an event that ends before it starts is a programming error', () => {
    assert.throws(() => writeCalendar({ prodId: '-//M//S//NL', stamp, times: 'utc', events: [event({ end: at('2026-10-24', '13:00') })] }), RangeError);
  });
});
