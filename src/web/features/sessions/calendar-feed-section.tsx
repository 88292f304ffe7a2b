import { useState } from 'react';
import { getCalendarFeed, renewCalendarFeed, revokeCalendarFeed } from '../../api/sessions.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { CopyField } from '../../components/copy-field.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n.js';
import { Notice } from '../registry/parts.js';

/** The mediator's private calendar feed: create, copy (shown once), renew or revoke with a confirmation. */
export function CalendarFeedSection() {
  const { t, locale } = useI18n();
  const f = t.sessions.feed;
  const feed = useQuery((signal) => getCalendarFeed(signal), []);
  const notice = useNotice();
  const [url, setUrl] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'renew' | 'revoke' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  const run = async (kind: 'renew' | 'revoke') => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      if (kind === 'renew') {
        setUrl((await renewCalendarFeed()).url);
        notice.show(f.created);
      } else {
        await revokeCalendarFeed();
        setUrl(null);
        notice.show(f.revoked);
      }
      setDialog(null);
      feed.reload();
    } catch (e) {
      setError(describeError(e, t, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="calendar-feed" title={f.title}>
      <Paragraph>{f.intro}</Paragraph>
      {feed.error ? (
        <LoadFailed error={feed.error} onRetry={feed.reload} />
      ) : !feed.data ? (
        <Loading />
      ) : (
        <>
          <Notice text={notice.notice} />
          {url && <CopyField id="calendar-feed-url" label={f.url} hint={f.urlHint} value={url} />}
          {!url && <Paragraph>{feed.data.active && feed.data.createdAt ? f.active(formatDateTime(feed.data.createdAt, locale)) : f.inactive}</Paragraph>}
          <ButtonGroup>
            {feed.data.active ? (
              <>
                <Button onClick={() => setDialog('renew')}>{f.renew}</Button>
                <Button danger onClick={() => setDialog('revoke')}>
                  {f.revoke}
                </Button>
              </>
            ) : (
              <Button appearance="primary" busy={busy} onClick={() => void run('renew')}>
                {f.create}
              </Button>
            )}
          </ButtonGroup>
        </>
      )}
      <ConfirmDialog
        id="feed-renew-dialog"
        open={dialog === 'renew'}
        title={f.renewTitle}
        confirmLabel={f.renew}
        busy={busy}
        error={dialog === 'renew' ? error : undefined}
        onConfirm={() => void run('renew')}
        onCancel={() => setDialog(null)}
      >
        <p className="utrecht-paragraph">{f.renewBody}</p>
      </ConfirmDialog>
      <ConfirmDialog
        id="feed-revoke-dialog"
        open={dialog === 'revoke'}
        title={f.revokeTitle}
        confirmLabel={f.revoke}
        busy={busy}
        error={dialog === 'revoke' ? error : undefined}
        onConfirm={() => void run('revoke')}
        onCancel={() => setDialog(null)}
      >
        <p className="utrecht-paragraph">{f.revokeBody}</p>
      </ConfirmDialog>
    </Section>
  );
}
