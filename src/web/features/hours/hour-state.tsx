import type { HourEntry, HourStatus } from '../../api/hours.js';
import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import { useI18n } from '../../i18n/i18n.js';
import { shortDate } from './duration.js';

export const hourTone: Record<HourStatus, BadgeTone> = { submitted: 'warning', approved: 'success', rejected: 'danger' };

/**
 * Where an entry stands, in one table cell: its status, who decided and when, the settlement
 * period and whether a final settlement locks it, a rejection's reason, what a correction
 * corrects, and what corrected hours come to.
 */
export function HourState({ entry }: { entry: HourEntry }) {
  const { t, locale, dateTime } = useI18n();
  const s = t.hours.state;
  const lines: string[] = [];
  if (entry.correctsDate) lines.push(s.correctionOf(shortDate(entry.correctsDate, locale)));
  if (entry.status !== 'submitted' && entry.decidedBy && entry.decidedAt) lines.push(s.decided(entry.decidedBy, dateTime(entry.decidedAt)));
  if (entry.status === 'rejected' && entry.rejectReason) lines.push(t.hours.month.rejected(entry.rejectReason));
  if (entry.period) lines.push(entry.locked ? s.locked(entry.period.code) : s.period(entry.period.code));
  if (entry.correctedMinutes !== null) lines.push(s.afterCorrections(t.hours.duration(entry.correctedMinutes)));
  return (
    <>
      <span className="mp-hour-state__badges">
        {entry.correctsId && <StatusBadge tone="neutral">{s.correction}</StatusBadge>}
        <StatusBadge tone={hourTone[entry.status]}>{t.hours.statuses[entry.status]}</StatusBadge>
      </span>
      {lines.map((line) => (
        <div key={line} className="mp-hour-state__line">
          {line}
        </div>
      ))}
    </>
  );
}
