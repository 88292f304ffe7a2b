import { useState, type FormEvent } from 'react';
import { getCaseReviews, writeReview, type CaseReviews } from '../../api/growth.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { RadioGroup } from '../../components/radio-group.js';
import { StatusBadge } from '../../components/status-badge.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { useForm } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';

const SHOWN_IN = ['concluded', 'aftercare', 'closed'];

/**
 * On the case page after the mediation: the lead's review of each co-mediator (the form for the
 * lead, the review for the coordinator and the co-mediator). Only when the case had a co-mediator.
 */
export function CoMediationReviews({ caseId, status, mayRead }: { caseId: string; status: string; mayRead: boolean }) {
  if (!SHOWN_IN.includes(status) || !mayRead) return null;
  return <ReviewsBody caseId={caseId} />;
}

function ReviewsBody({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const m = t.growth.review;
  const reviews = useQuery((signal) => getCaseReviews(caseId, signal).catch(() => ({ items: [] }) as CaseReviews), [caseId]);
  const saved = useNotice();
  const items = reviews.data?.items ?? [];
  if (reviews.data && items.length === 0) return null;
  return (
    <Section id="co-mediation-reviews" title={m.title}>
      {reviews.error !== undefined && <LoadFailed error={reviews.error} onRetry={reviews.reload} />}
      {!reviews.data && reviews.error === undefined && <Loading />}
      {saved.notice && (
        <Alert type="ok">
          <p className="utrecht-paragraph">{saved.notice}</p>
        </Alert>
      )}
      <Paragraph>{m.intro}</Paragraph>
      {items.map((item) => (
        <div key={item.coMediatorId}>
          <Heading level={3}>{item.name}</Heading>
          {item.review ? <ReviewShown review={item.review} /> : item.allowedActions.includes('write-review') ? (
            <ReviewForm caseId={caseId} coMediatorId={item.coMediatorId} name={item.name} onSaved={() => {
              saved.show(m.saved);
              reviews.reload();
            }} />
          ) : (
            <Paragraph>{m.waiting}</Paragraph>
          )}
        </div>
      ))}
    </Section>
  );
}

function ReviewShown({ review }: { review: NonNullable<CaseReviews['items'][number]['review']> }) {
  const { t, dateTime } = useI18n();
  const p = t.growth.path;
  return (
    <>
      <Paragraph>
        <StatusBadge tone={review.positive ? 'success' : 'warning'}>{review.positive ? p.positiveLabel : p.negativeLabel}</StatusBadge> {review.review}
      </Paragraph>
      <Paragraph>{t.growth.review.by(review.writtenBy, dateTime(review.writtenAt))}</Paragraph>
    </>
  );
}

function ReviewForm({ caseId, coMediatorId, name, onSaved }: { caseId: string; coMediatorId: string; name: string; onSaved(): void }) {
  const { t } = useI18n();
  const m = t.growth.review;
  const [verdict, setVerdict] = useState<'yes' | 'no' | ''>('');
  const [text, setText] = useState('');
  const form = useForm<'positive' | 'review'>('review-form', { positive: 'review-verdict', review: 'review-text' });
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!verdict || !text.trim()) return form.fail({ ...(!verdict ? { positive: m.required } : {}), ...(!text.trim() ? { review: m.required } : {}) });
    const ok = await form.submit(async () => {
      await writeReview(caseId, { coMediatorId, positive: verdict === 'yes', review: text.trim() });
    });
    if (ok) onSaved();
  };
  return (
    <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-label={m.title}>
      <ErrorSummary {...form.summaryProps} />
      <RadioGroup
        id="review-verdict"
        name="positive"
        legend={m.verdict(name)}
        error={form.errors.positive}
        options={[
          { value: 'yes' as const, label: m.positive },
          { value: 'no' as const, label: m.notYet },
        ]}
        value={verdict}
        onChange={setVerdict}
        inline
      />
      <TextAreaField id="review-text" label={m.text} hint={m.textHint} error={form.errors.review} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} />
      <Button type="submit" appearance="primary" busy={form.busy}>
        {m.submit}
      </Button>
    </form>
  );
}
