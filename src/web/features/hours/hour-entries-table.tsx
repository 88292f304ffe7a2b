import type { ReactNode } from 'react';
import type { HourEntry } from '../../api/hours.js';
import { TBody, THead, Table, Td, Th, Tr } from '../../components/table.js';
import { useI18n } from '../../i18n/i18n.js';
import { shortDate } from './duration.js';
import { HourState } from './hour-state.js';
import './hours.css';

/** Originals in date order, each followed by its corrections, so the history of an entry reads down. */
export function withCorrectionsBelow(items: readonly HourEntry[]): HourEntry[] {
  const originals = items.filter((e) => e.correctsId === null);
  const placed = new Set<string>();
  const out: HourEntry[] = [];
  for (const o of originals) {
    out.push(o);
    for (const c of items.filter((e) => e.correctsId === o.id)) {
      out.push(c);
      placed.add(c.id);
    }
  }
  return [...out, ...items.filter((e) => e.correctsId !== null && !placed.has(e.id))];
}

/**
 * A list of hours with their state and the changes the user may make (a month, a case). The
 * second column names what the list does not already say: the case in a month, the mediator on
 * a case. Where all of an entry's corrections are in the list, they stand indented below it.
 */
export function HourEntriesTable({
  id,
  caption,
  entries,
  second,
  correctionsBelow = false,
  actions,
}: {
  id: string;
  caption: string;
  entries: readonly HourEntry[];
  second: { label: string; value(entry: HourEntry): ReactNode };
  correctionsBelow?: boolean;
  actions(entry: HourEntry): ReactNode;
}) {
  const { t, locale } = useI18n();
  const m = t.hours.month;
  const rows = correctionsBelow ? withCorrectionsBelow(entries) : entries;
  return (
    <Table id={id} caption={caption}>
      <THead>
        <Th>{m.date}</Th>
        <Th>{second.label}</Th>
        <Th>{m.activity}</Th>
        <Th className="mp-num">{m.time}</Th>
        <Th className="mp-num">{m.km}</Th>
        <Th>{m.status}</Th>
        <Th>{m.note}</Th>
        <Th>{t.common.actions}</Th>
      </THead>
      <TBody>
        {rows.map((e) => {
          const indented = correctionsBelow && e.correctsId !== null;
          return (
            <Tr key={e.id}>
              <Td className={indented ? 'mp-hours-correction-date' : undefined}>
                {indented && <span aria-hidden="true">↳ </span>}
                {shortDate(e.date, locale)}
              </Td>
              <Td>{second.value(e)}</Td>
              <Td>{t.hours.activities[e.activity]}</Td>
              <Td className="mp-num">{t.hours.duration(e.minutes)}</Td>
              <Td className="mp-num">{e.travelKm ?? ''}</Td>
              <Td>
                <HourState entry={e} />
              </Td>
              <Td>{e.note ?? ''}</Td>
              <Td>{actions(e)}</Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
