import { useState } from 'react';
import { deleteHours, getMyHours, type HourEntry, type HourStatus } from '../../api/hours.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { useNotice } from '../../hooks/use-notice.js';
import { describeError } from '../../i18n/describe-error.js';
import { Button } from '../../components/button.js';
import { DataList } from '../../components/data-list.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import { TBody, THead, Table, Td, Th, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { LoadFailed, Notice } from '../registry/parts.js';
import { monthName, shiftMonth, shortDate } from './duration.js';

export const hourTone: Record<HourStatus, BadgeTone> = { submitted: 'warning', approved: 'success', rejected: 'danger' };

/** The mediator's own hours of one month, with a month switcher and the totals. */
export function MyMonth({ month, onMonth, version }: { month: string; onMonth(month: string): void; version: number }) {
  const { t, locale } = useI18n();
  const m = t.hours.month;
  const query = useQuery((signal) => getMyHours(month, signal), [month, version]);
  const name = monthName(month, locale);
  const notice = useNotice();
  const [removing, setRemoving] = useState<HourEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  const remove = async () => {
    if (!removing || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await deleteHours(removing.id);
      setRemoving(null);
      notice.show(m.removed);
      query.reload();
    } catch (e) {
      setError(describeError(e, t, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="hours-month" title={m.title}>
      <nav className="mp-month-switch" aria-label={m.label}>
        <Button onClick={() => onMonth(shiftMonth(month, -1))}>
          <span aria-hidden="true">‹ </span>
          {m.previous}
        </Button>
        <span className="mp-month-switch__name" aria-live="polite">
          {name}
        </span>
        <Button onClick={() => onMonth(shiftMonth(month, 1))}>
          {m.next}
          <span aria-hidden="true"> ›</span>
        </Button>
      </nav>
      <Notice text={notice.notice} />
      {query.error ? (
        <LoadFailed error={query.error} onRetry={query.reload} />
      ) : !query.data ? (
        <Loading />
      ) : (
        <>
          {query.data.items.length === 0 ? (
            <EmptyState>{m.empty}</EmptyState>
          ) : (
            <Table id="hours-month-table" caption={m.caption(name)}>
              <THead>
                <Th>{m.date}</Th>
                <Th>{m.case}</Th>
                <Th>{m.activity}</Th>
                <Th className="mp-num">{m.time}</Th>
                <Th className="mp-num">{m.km}</Th>
                <Th>{m.status}</Th>
                <Th>{m.note}</Th>
                <Th>{t.common.actions}</Th>
              </THead>
              <TBody>
                {query.data.items.map((e) => (
                  <Tr key={e.id}>
                    <Td>{shortDate(e.date, locale)}</Td>
                    <Td>{e.caseNumber}</Td>
                    <Td>{t.hours.activities[e.activity]}</Td>
                    <Td className="mp-num">{t.hours.duration(e.minutes)}</Td>
                    <Td className="mp-num">{e.travelKm ?? ''}</Td>
                    <Td>
                      <StatusBadge tone={hourTone[e.status]}>{t.hours.statuses[e.status]}</StatusBadge>
                      {e.status === 'rejected' && e.rejectReason && <div>{m.rejected(e.rejectReason)}</div>}
                    </Td>
                    <Td>{e.note ?? ''}</Td>
                    <Td>
                      {e.status !== 'approved' && (
                        <Button
                          danger
                          aria-label={m.removeLabel(shortDate(e.date, locale), t.hours.duration(e.minutes))}
                          onClick={() => {
                            setError(undefined);
                            setRemoving(e);
                          }}
                        >
                          {m.remove}
                        </Button>
                      )}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
          <h3 className="utrecht-heading-3">{m.totals}</h3>
          <DataList
            items={[
              { key: 'approved', label: m.approved, value: t.hours.duration(query.data.totals.approvedMinutes) },
              { key: 'submitted', label: m.submitted, value: t.hours.duration(query.data.totals.submittedMinutes) },
              { key: 'rejected', label: m.rejectedTotal, value: t.hours.duration(query.data.totals.rejectedMinutes) },
              { key: 'km', label: m.travelKm, value: String(query.data.totals.travelKm) },
            ]}
          />
        </>
      )}
      <ConfirmDialog
        id="hours-remove-dialog"
        open={removing !== null}
        title={m.removeTitle}
        confirmLabel={m.remove}
        busy={busy}
        error={error}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      >
        <p className="utrecht-paragraph">{removing ? m.removeBody(shortDate(removing.date, locale), t.hours.duration(removing.minutes), removing.caseNumber) : ''}</p>
      </ConfirmDialog>
    </Section>
  );
}
