import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { followThread, getThread, hidePost, replyToThread, unfollowThread, type Post, type Thread } from '../../api/case-discussion.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { useForm } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import './case-discussion.css';

/** /community/casuistiek/:threadId: the posts, a reply, follow, and hiding a post (coordinators). */
export function ThreadPage() {
  const { threadId = '' } = useParams();
  const { t, dateTime, locale } = useI18n();
  const d = t.caseDiscussion;
  const loaded = useQuery((signal) => getThread(threadId, signal), [threadId]);
  const [thread, setThread] = useState<Thread | null>(null);
  const [followBusy, setFollowBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notice = useNotice();
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (loaded.data) setThread(loaded.data);
  }, [loaded.data]);
  useEffect(() => {
    if (notice.notice || error) noticeRef.current?.focus();
  }, [notice.notice, error]);

  if (loaded.error !== undefined) {
    return (
      <Page title={d.title}>
        <LoadFailed error={loaded.error} onRetry={loaded.reload} />
      </Page>
    );
  }
  if (!thread) {
    return (
      <Page title={d.title}>
        <Loading />
      </Page>
    );
  }

  const toggleFollow = async (follow: boolean) => {
    if (followBusy) return;
    setFollowBusy(true);
    setError(null);
    notice.clear();
    try {
      setThread(follow ? await followThread(thread.id) : await unfollowThread(thread.id));
      notice.show(follow ? d.followed : d.unfollowed);
    } catch (err) {
      setError(describeError(err, t, locale));
    } finally {
      setFollowBusy(false);
    }
  };

  return (
    <Page title={thread.title}>
      <Paragraph>
        <AppLink to="/community/casuistiek">{d.backToList}</AppLink>
      </Paragraph>
      <p className="utrecht-paragraph mp-cell-note">
        {d.startedBy(thread.startedBy, dateTime(thread.createdAt))}
        {thread.caseNumber && <> · {d.caseLabel(thread.caseNumber)}</>}
      </p>
      {(notice.notice || error) && (
        <Alert type={error ? 'error' : 'ok'} ref={noticeRef} tabIndex={-1} className="mp-notice">
          <p className="utrecht-paragraph">{error ?? notice.notice}</p>
        </Alert>
      )}
      <div className="mp-actions">
        {thread.allowedActions.includes('follow') && (
          <Button busy={followBusy} onClick={() => void toggleFollow(true)}>
            {d.follow}
          </Button>
        )}
        {thread.allowedActions.includes('unfollow') && (
          <Button busy={followBusy} onClick={() => void toggleFollow(false)}>
            {d.unfollow}
          </Button>
        )}
      </div>
      <Section id="thread-posts" title={d.postsTitle}>
        <ol className="mp-discussion-posts">
          {thread.posts.map((p) => (
            <PostItem key={p.id} post={p} onHidden={(next) => { setThread(next); notice.show(d.hidden); }} />
          ))}
        </ol>
      </Section>
      {thread.allowedActions.includes('reply') && <ReplyForm threadId={thread.id} onPosted={(next) => { setThread(next); notice.show(d.posted); }} />}
    </Page>
  );
}

function PostItem({ post, onHidden }: { post: Post; onHidden(thread: Thread): void }) {
  const { t, dateTime, locale } = useI18n();
  const d = t.caseDiscussion;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const when = dateTime(post.createdAt);

  const confirm = async () => {
    if (!reason.trim()) return setError(d.hideReason);
    setBusy(true);
    try {
      const next = await hidePost(post.id, reason.trim());
      setOpen(false);
      onHidden(next);
    } catch (err) {
      setError(describeError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="mp-discussion-post">
      <Heading level={3} className="mp-discussion-post__by">
        {d.postBy(post.author, when)}
      </Heading>
      {post.hidden ? (
        <>
          <p className="utrecht-paragraph"><em>{d.hiddenPost}</em></p>
          {post.hiddenReason && <p className="utrecht-paragraph mp-cell-note">{d.hiddenReason(post.hiddenReason)}</p>}
        </>
      ) : (
        <p className="utrecht-paragraph mp-discussion-post__body">{post.body}</p>
      )}
      {post.allowedActions.includes('hide') && (
        <>
          <Button appearance="subtle" danger aria-label={d.hideLabel(post.author, when)} onClick={() => setOpen(true)}>
            {d.hide}
          </Button>
          <ConfirmDialog id={`hide-${post.id}`} open={open} title={d.hideTitle} confirmLabel={d.hideConfirm} busy={busy} error={error} onConfirm={() => void confirm()} onCancel={() => setOpen(false)}>
            <p className="utrecht-paragraph">{d.hideBody}</p>
            <TextField id={`hide-${post.id}-reason`} label={d.hideReason} value={reason} maxLength={500} required onChange={(e) => setReason(e.target.value)} />
          </ConfirmDialog>
        </>
      )}
    </li>
  );
}

function ReplyForm({ threadId, onPosted }: { threadId: string; onPosted(thread: Thread): void }) {
  const { t } = useI18n();
  const d = t.caseDiscussion;
  const [body, setBody] = useState('');
  const form = useForm<'body'>('reply-form', { body: 'reply-body' });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return form.fail({ body: d.required.body });
    let next: Thread | null = null;
    const ok = await form.submit(async () => {
      next = await replyToThread(threadId, { body });
    });
    if (ok && next) {
      setBody('');
      onPosted(next);
    }
  };

  return (
    <Section id="thread-reply" title={d.replyTitle}>
      <form className="mp-form" id="reply-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <ErrorSummary {...form.summaryProps} heading={d.refusedHeading} />
        <TextAreaField id="reply-body" label={d.fields.reply} error={form.errors.body} value={body} rows={6} maxLength={10000} required onChange={(e) => setBody(e.target.value)} />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {d.send}
        </Button>
      </form>
    </Section>
  );
}
