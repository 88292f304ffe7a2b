import { useEffect, useRef, useState, type FormEvent } from 'react';
import { getDigest, listThreads, setDigest, type DigestFrequency } from '../../api/case-discussion.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { SelectField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink, ButtonLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { useUrlFilters } from '../../hooks/use-url-filters.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';

const NO_FILTERS = [] as const;

/** /community/casuistiek: the pool's threads, the latest active first, and one's digest choice. */
export function ThreadsPage() {
  const { t, dateTime } = useI18n();
  const d = t.caseDiscussion;
  const filters = useUrlFilters(NO_FILTERS);
  const threads = useQuery((signal) => listThreads(filters.page, signal), [filters.key]);

  return (
    <Page title={d.title}>
      <Paragraph>
        <AppLink to="/community">{d.backToCommunity}</AppLink>
      </Paragraph>
      <Paragraph lead>{d.intro}</Paragraph>
      <Alert type="info">
        <p className="utrecht-paragraph">{d.rule}</p>
      </Alert>
      {threads.data?.allowedActions.includes('start') && (
        <div className="mp-actions">
          <ButtonLink to="/community/casuistiek/nieuw" appearance="primary">
            {d.newThread}
          </ButtonLink>
        </div>
      )}
      {threads.loading && !threads.data && <Loading />}
      {threads.error !== undefined && <LoadFailed error={threads.error} onRetry={threads.reload} />}
      {threads.data && threads.data.items.length === 0 && <EmptyState>{d.empty}</EmptyState>}
      {threads.data && threads.data.items.length > 0 && (
        <>
          <Table id="discussion-threads" caption={d.caption(threads.data.total)}>
            <THead>
              <Th>{d.columns.title}</Th>
              <Th>{d.columns.case}</Th>
              <Th>{d.columns.startedBy}</Th>
              <Th>{d.columns.posts}</Th>
              <Th>{d.columns.last}</Th>
            </THead>
            <TBody>
              {threads.data.items.map((th) => (
                <Tr key={th.id}>
                  <Th scope="row">
                    <AppLink to={`/community/casuistiek/${th.id}`}>{th.title}</AppLink>
                    {th.following && <span className="mp-cell-note">{d.following}</span>}
                  </Th>
                  <Td className="mp-nowrap">{th.caseNumber ?? d.noCase}</Td>
                  <Td>{th.startedBy}</Td>
                  <Td>{th.postCount}</Td>
                  <Td className="mp-nowrap">{dateTime(th.lastPostAt)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          <Pagination page={threads.data.page} pageSize={threads.data.pageSize} total={threads.data.total} totalCapped={threads.data.totalCapped} onPage={filters.setPage} />
        </>
      )}
      {threads.data?.allowedActions.includes('set-digest') && <DigestChoice />}
    </Page>
  );
}

function DigestChoice() {
  const { t, locale } = useI18n();
  const d = t.caseDiscussion;
  const digest = useQuery((signal) => getDigest(signal), []);
  const [frequency, setFrequency] = useState<DigestFrequency>('off');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notice = useNotice();
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (digest.data) setFrequency(digest.data.frequency);
  }, [digest.data]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    notice.clear();
    try {
      await setDigest(frequency);
      notice.show(d.digestSaved);
    } catch (err) {
      setError(describeError(err, t, locale));
      noticeRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="discussion-digest" title={d.digestTitle}>
      {(notice.notice || error) && (
        <Alert type={error ? 'error' : 'ok'} ref={noticeRef} tabIndex={-1}>
          <p className="utrecht-paragraph">{error ?? notice.notice}</p>
        </Alert>
      )}
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <SelectField id="discussion-digest-frequency" label={d.digestLabel} hint={d.digestHint} value={frequency} onChange={(e) => setFrequency(e.target.value as DigestFrequency)}>
          {(['off', 'daily', 'weekly'] as const).map((f) => (
            <option key={f} value={f}>
              {d.digest[f]}
            </option>
          ))}
        </SelectField>
        <Button type="submit" busy={busy}>
          {d.digestSave}
        </Button>
      </form>
    </Section>
  );
}
