import { useEffect, useRef, useState, type FormEvent } from 'react';
import { listMail, retryMail } from '../../api/admin.js';
import type { MailStatus, OutboxMail } from '../../api/types.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { SelectField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { useUrlFilters } from '../../hooks/use-url-filters.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { FilterActions } from '../../components/filter-actions.js';

const PAGE_SIZE = 25;
const STATUSES: MailStatus[] = ['queued', 'sending', 'sent', 'failed'];
const isStatus = (v: string): v is MailStatus => (STATUSES as string[]).includes(v);
const statusTone: Record<MailStatus, BadgeTone> = { queued: 'neutral', sending: 'active', sent: 'success', failed: 'danger' };
const FILTERS = ['status'] as const;

export function MailOutboxPage() {
  const { t, locale } = useI18n();
  const filters = useUrlFilters(FILTERS);
  const status = filters.values.status;
  const mail = useQuery(
    (signal) => listMail({ page: filters.page, pageSize: PAGE_SIZE, ...(isStatus(status) ? { status } : {}) }, signal),
    [filters.key],
  );
  const [retrying, setRetrying] = useState<string | null>(null);
  const [retryError, setRetryError] = useState<string | null>(null);
  const notice = useNotice();
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice.notice || retryError) noticeRef.current?.focus();
  }, [notice.notice, retryError]);

  const retry = async (m: OutboxMail) => {
    if (retrying) return;
    setRetrying(m.id);
    setRetryError(null);
    notice.clear();
    try {
      await retryMail(m.id);
      mail.reload();
      notice.show(t.mail.retried);
    } catch (err) {
      setRetryError(describeError(err, t, locale));
    } finally {
      setRetrying(null);
    }
  };

  return (
    <Page title={t.mail.title}>
      <Paragraph lead>{t.mail.intro}</Paragraph>
      <StatusFilter initial={status} onApply={(s) => filters.setFilters({ status: s })} />

      {(notice.notice || retryError) && (
        <Alert type={retryError ? 'error' : 'ok'} ref={noticeRef} tabIndex={-1} className="mp-notice">
          <p className="utrecht-paragraph">{retryError ?? notice.notice}</p>
        </Alert>
      )}
      {mail.loading && <Loading />}
      {mail.error !== undefined && (
        <LoadFailed error={mail.error} onRetry={mail.reload} />
      )}
      {mail.data && mail.data.items.length === 0 && <EmptyState>{t.mail.empty}</EmptyState>}
      {mail.data && mail.data.items.length > 0 && (
        <>
          <Table id="mail-table" caption={t.mail.caption(mail.data.total, mail.data.totalCapped)}>
            <THead>
              <Th>{t.mail.columns.subject}</Th>
              <Th>{t.mail.columns.to}</Th>
              <Th>{t.mail.columns.status}</Th>
              <Th>{t.mail.columns.created}</Th>
              <Th>
                <span className="mp-visually-hidden">{t.mail.columns.actions}</span>
              </Th>
            </THead>
            <TBody>
              {mail.data.items.map((m) => (
                <MailRow key={m.id} mail={m} busy={retrying === m.id} onRetry={() => void retry(m)} />
              ))}
            </TBody>
          </Table>
          <Pagination page={mail.data.page} pageSize={mail.data.pageSize} total={mail.data.total} totalCapped={mail.data.totalCapped} onPage={filters.setPage} />
        </>
      )}
    </Page>
  );
}

function MailRow({ mail, busy, onRetry }: { mail: OutboxMail; busy: boolean; onRetry(): void }) {
  const { t, dateTime } = useI18n();
  return (
    <Tr>
      <Th scope="row" className="mp-mail-subject">
        <span className="mp-mail-subject__text">{mail.subject}</span>
        <span className="mp-cell-note">{t.mail.kind(t.mail.kinds[mail.kind] ?? mail.kind)}</span>
      </Th>
      <Td className="mp-break">{mail.to}</Td>
      <Td>
        <StatusBadge tone={statusTone[mail.status]}>{t.mail.statuses[mail.status]}</StatusBadge>
        <span className="mp-cell-note">{t.mail.attempts(mail.attempts)}</span>
        {mail.sentAt && <span className="mp-cell-note">{t.mail.sentAt(dateTime(mail.sentAt))}</span>}
        {mail.status === 'queued' && mail.attempts > 0 && <span className="mp-cell-note">{t.mail.nextAttempt(dateTime(mail.nextAttemptAt))}</span>}
        {mail.lastError && (
          <span className="mp-cell-note">
            {t.mail.lastError}: {mail.lastError}
          </span>
        )}
      </Td>
      <Td className="mp-nowrap">{dateTime(mail.createdAt)}</Td>
      <Td>
        {mail.allowedActions.includes('retry') && (
          <Button appearance="secondary" busy={busy} onClick={onRetry} aria-label={t.mail.retryLabel(mail.subject, mail.to)}>
            {t.mail.retry}
          </Button>
        )}
      </Td>
    </Tr>
  );
}

function StatusFilter({ initial, onApply }: { initial: string; onApply(status: string): void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState(initial);
  useEffect(() => setStatus(initial), [initial]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onApply(status);
  };
  return (
    <form className="mp-filters" role="search" aria-label={t.common.filter} noValidate onSubmit={onSubmit}>
      <SelectField id="mail-status" name="status" label={t.mail.status} value={status} onChange={(e) => setStatus(e.target.value)}>
        <option value="">{t.common.all}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t.mail.statuses[s]}
          </option>
        ))}
      </SelectField>
      <FilterActions submitLabel={t.common.filter} />
    </form>
  );
}
