import { useEffect, useState, type FormEvent } from 'react';
import { approveHours, getApprovalQueue, getHoursTotals, rejectHours, type HourEntry, type HourFlag, type HourTotals } from '../../api/hours.js';
import { Alert } from '../../components/alert.js';
import { AppLink } from '../../components/link.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { TextField } from '../../components/form-field.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { StatusBadge } from '../../components/status-badge.js';
import { TBody, THead, Table, Td, Th, Tr } from '../../components/table.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { TIME_ZONE } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n.js';
import { Notice } from '../registry/parts.js';
import { shortDate } from './duration.js';
import { RejectDialog } from './reject-dialog.js';
import './hours.css';

/** Today in Amsterdam as YYYY-MM-DD (en-CA formats dates that way). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());

/** How many entries one page of the queue shows. */
const QUEUE_PAGE_SIZE = 25;

/** /uren/goedkeuren for the coordinator: the queue, page by page (approve, reject with a reason), and totals. */
export function ApprovalPage() {
  const { t, locale } = useI18n();
  const a = t.hours.approval;
  const [page, setPage] = useState(1);
  const queue = useQuery((signal) => getApprovalQueue(page, QUEUE_PAGE_SIZE, signal), [page]);
  // Approving or rejecting the last entry of a later page leaves it empty: show the page before.
  const emptyLaterPage = queue.data !== undefined && queue.data.items.length === 0 && page > 1 && !queue.loading;
  const lastPage = queue.data ? Math.max(1, Math.ceil(queue.data.total / QUEUE_PAGE_SIZE)) : 1;
  useEffect(() => {
    if (emptyLaterPage) setPage((p) => Math.min(p - 1, lastPage));
  }, [emptyLaterPage, lastPage]);
  const notice = useNotice();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<HourEntry | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [totalsVersion, setTotalsVersion] = useState(0);
  // The entries ticked on this page; a new page or a reload starts without.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setSelected(new Set()), [queue.data]);
  const pageIds = queue.data?.items.filter((e) => e.allowedActions.includes('approve')).map((e) => e.id) ?? [];
  const allSelected = pageIds.length > 0 && pageIds.every((id) => selected.has(id));
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  /** Approves the ticked entries of this page one by one; what fails is reported, the rest stays approved. */
  const approveSelected = async () => {
    if (busyId || selected.size === 0) return;
    setBusyId('selected');
    setError(undefined);
    let approved = 0;
    const failures: string[] = [];
    for (const entry of queue.data?.items.filter((e) => selected.has(e.id)) ?? []) {
      try {
        await approveHours(entry.id);
        approved += 1;
      } catch (e) {
        failures.push(`${entry.mediator.name} (${shortDate(entry.date, locale)}): ${describeError(e, t, locale)}`);
      }
    }
    if (approved > 0) notice.show(a.approvedSelected(approved));
    if (failures.length > 0) setError(failures.join(' '));
    setBusyId(null);
    queue.reload();
    setTotalsVersion((v) => v + 1);
  };

  const approve = async (entry: HourEntry) => {
    if (busyId) return;
    setBusyId(entry.id);
    setError(undefined);
    try {
      await approveHours(entry.id);
      notice.show(a.approved(entry.mediator.name));
      queue.reload();
      setTotalsVersion((v) => v + 1);
    } catch (e) {
      setError(describeError(e, t, locale));
    } finally {
      setBusyId(null);
    }
  };

  const reject = async (reason: string) => {
    if (!rejecting || busyId) return;
    setBusyId(rejecting.id);
    setError(undefined);
    try {
      await rejectHours(rejecting.id, reason);
      notice.show(a.rejected(rejecting.mediator.name));
      setRejecting(null);
      queue.reload();
      setTotalsVersion((v) => v + 1);
    } catch (e) {
      setError(describeError(e, t, locale));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Page title={a.title}>
      <Notice text={notice.notice} />
      <Section id="hours-queue" title={a.queueTitle}>
        {error && !rejecting && (
          <Alert type="error" urgent>
            <p className="utrecht-paragraph">{error}</p>
          </Alert>
        )}
        {queue.error ? (
          <LoadFailed error={queue.error} onRetry={queue.reload} />
        ) : !queue.data ? (
          <Loading />
        ) : queue.data.items.length === 0 ? (
          <EmptyState>{a.empty}</EmptyState>
        ) : (
          <>
            <Table id="hours-queue-table" caption={a.queueCaption(queue.data.total, queue.data.totalCapped)}>
              <THead>
                <Th>
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                    aria-label={a.selectPage}
                    checked={allSelected}
                    disabled={pageIds.length === 0}
                    onChange={() => setSelected(allSelected ? new Set() : new Set(pageIds))}
                  />
                </Th>
                <Th>{t.hours.month.date}</Th>
                <Th>{a.mediator}</Th>
                <Th>{t.hours.month.case}</Th>
                <Th>{t.hours.month.activity}</Th>
                <Th className="mp-num">{t.hours.month.time}</Th>
                <Th>{a.flagsCol}</Th>
                <Th className="mp-num">{t.hours.month.km}</Th>
                <Th>{t.hours.month.note}</Th>
                <Th>{t.common.actions}</Th>
              </THead>
              <TBody>
                {queue.data.items.map((e) => {
                  const when = shortDate(e.date, locale);
                  return (
                    <Tr key={e.id}>
                      <Td>
                        {e.allowedActions.includes('approve') && (
                          <input
                            type="checkbox"
                            className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                            aria-label={a.selectLabel(e.mediator.name, when)}
                            checked={selected.has(e.id)}
                            onChange={() => toggle(e.id)}
                          />
                        )}
                      </Td>
                      <Td>{when}</Td>
                      <Td>{e.mediator.name}</Td>
                      <Td>
                        {e.caseNumber} ({e.userMunicipality.name})
                      </Td>
                      <Td>{t.hours.activities[e.activity]}</Td>
                      <Td className="mp-num">{t.hours.duration(e.minutes)}</Td>
                      <Td>
                        <HourFlags flags={e.flags} />
                      </Td>
                      <Td className="mp-num">{e.travelKm ?? ''}</Td>
                      <Td>{e.note ?? ''}</Td>
                      <Td>
                        <ButtonGroup>
                          <Button appearance="primary" busy={busyId === e.id} aria-label={a.approveLabel(e.mediator.name, when)} onClick={() => void approve(e)}>
                            {a.approve}
                          </Button>
                          <Button
                            danger
                            aria-label={a.rejectLabel(e.mediator.name, when)}
                            onClick={() => {
                              setError(undefined);
                              setRejecting(e);
                            }}
                          >
                            {a.reject}
                          </Button>
                        </ButtonGroup>
                      </Td>
                    </Tr>
                  );
                })}
              </TBody>
            </Table>
            <div className="mp-button-row">
              <Button appearance="primary" busy={busyId === 'selected'} aria-disabled={selected.size === 0 || undefined} onClick={() => void approveSelected()}>
                {a.approveSelected(selected.size)}
              </Button>
            </div>
            <Pagination page={queue.data.page} pageSize={queue.data.pageSize} total={queue.data.total} totalCapped={queue.data.totalCapped} onPage={setPage} />
          </>
        )}
      </Section>
      <TotalsSection version={totalsVersion} />
      <RejectDialog entry={rejecting} busy={busyId !== null} error={rejecting ? error : undefined} onConfirm={(r) => void reject(r)} onCancel={() => setRejecting(null)} />
    </Page>
  );
}

/** What to look at twice before approving: a badge with words per flag (not colour alone), or nothing. */
function HourFlags({ flags }: { flags: readonly HourFlag[] }) {
  const { t } = useI18n();
  if (flags.length === 0) return null;
  return (
    <span className="mp-hour-state__badges mp-hour-flags">
      {flags.map((f) => (
        <StatusBadge key={f} tone="warning">
          {t.hours.approval.flags[f]}
        </StatusBadge>
      ))}
    </span>
  );
}

function TotalsSection({ version }: { version: number }) {
  const { t } = useI18n();
  const a = t.hours.approval;
  const [range, setRange] = useState(() => ({ from: `${today().slice(0, 7)}-01`, to: today() }));
  const [draft, setDraft] = useState(range);
  const totals = useQuery((signal) => getHoursTotals(range.from, range.to, signal), [range.from, range.to, version]);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setRange(draft);
  };

  const cells = (x: HourTotals) => (
    <>
      <Td className="mp-num">{t.hours.duration(x.approvedMinutes)}</Td>
      <Td className="mp-num">{t.hours.duration(x.submittedMinutes)}</Td>
      <Td className="mp-num">{x.travelKm}</Td>
    </>
  );
  const heads = (
    <>
      <Th className="mp-num">{a.approvedCol}</Th>
      <Th className="mp-num">{a.submittedCol}</Th>
      <Th className="mp-num">{t.hours.month.km}</Th>
    </>
  );

  return (
    <Section id="hours-totals" title={a.totalsTitle}>
      <form className="mp-hours-form__row" onSubmit={apply} noValidate>
        <TextField id="totals-from" type="date" label={a.from} width="sm" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        <TextField id="totals-to" type="date" label={a.to} width="sm" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        <Button type="submit">{a.show}</Button>
      </form>
      {totals.error ? (
        <LoadFailed error={totals.error} onRetry={totals.reload} />
      ) : !totals.data ? (
        <Loading />
      ) : totals.data.perCase.length === 0 ? (
        <EmptyState>{a.noTotals}</EmptyState>
      ) : (
        <>
          <Table id="totals-per-case" caption={a.perCase}>
            <THead>
              <Th>{t.hours.month.case}</Th>
              <Th>{a.municipality}</Th>
              {heads}
            </THead>
            <TBody>
              {totals.data.perCase.map((c) => (
                <Tr key={c.caseId}>
                  <Th scope="row">
                    <AppLink to={`/zaken/${c.caseId}`}>{c.caseNumber}</AppLink>
                  </Th>
                  <Td>{c.municipality}</Td>
                  {cells(c)}
                </Tr>
              ))}
            </TBody>
          </Table>
          <Table id="totals-per-mediator" caption={a.perMediator}>
            <THead>
              <Th>{a.mediator}</Th>
              <Th>{a.municipality}</Th>
              {heads}
            </THead>
            <TBody>
              {totals.data.perMediator.map((m) => (
                <Tr key={m.mediatorId}>
                  <Th scope="row">{m.name}</Th>
                  <Td>{m.municipality}</Td>
                  {cells(m)}
                </Tr>
              ))}
            </TBody>
          </Table>
        </>
      )}
    </Section>
  );
}
