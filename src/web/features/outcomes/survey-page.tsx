import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { answerPublicSurvey, getPublicSurvey } from '../../api/outcomes.js';
import { ApiError } from '../../api/problem.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Paragraph } from '../../components/heading.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { RadioGroup } from '../../components/radio-group.js';
import { TextAreaField } from '../../components/textarea-field.js';

type Question = 'process' | 'mediator' | 'outcome';
const QUESTIONS: Question[] = ['process', 'mediator', 'outcome'];
const SCORES = ['1', '2', '3', '4', '5'];

/**
 * The anonymous satisfaction survey behind a party's single-use link: no account, three scores
 * from 1 to 5 and an optional comment. Shown to the pool only added up, from five answers.
 */
export function SurveyPage() {
  const { t, locale } = useI18n();
  const s = t.outcomes.survey;
  const { token = '' } = useParams();
  const lookup = useQuery((signal) => getPublicSurvey(token, signal), [token]);
  const [scores, setScores] = useState<Record<Question, string>>({ process: '', mediator: '', outcome: '' });
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Question, string>>>({});
  const [error, setError] = useState<string | undefined>(undefined);
  const [state, setState] = useState<'open' | 'done' | 'used'>('open');
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  if (lookup.error instanceof ApiError && lookup.error.status === 404) {
    return (
      <Page title={s.unknownTitle} narrow>
        <Paragraph lead>{s.unknown}</Paragraph>
      </Page>
    );
  }
  if (state === 'used' || lookup.data?.answered) {
    return (
      <Page title={s.usedTitle} narrow>
        <Paragraph lead>{s.used}</Paragraph>
      </Page>
    );
  }
  if (state === 'done') {
    return (
      <Page title={s.thanksTitle} narrow>
        <Alert type="ok">
          <p className="utrecht-paragraph">{s.thanks}</p>
        </Alert>
      </Page>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const next: Partial<Record<Question, string>> = {};
    for (const q of QUESTIONS) if (!scores[q]) next[q] = s.required;
    setErrors(next);
    setError(undefined);
    if (Object.keys(next).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await answerPublicSurvey(token, {
        process: Number(scores.process),
        mediator: Number(scores.mediator),
        outcome: Number(scores.outcome),
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      setState('done');
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setState('used');
      else setError(describeError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };

  const summary = QUESTIONS.filter((q) => errors[q]).map((q) => ({ fieldId: `survey-${q}`, message: `${s[q]} ${errors[q]}` }));
  return (
    <Page title={s.title} narrow>
      {lookup.error !== undefined && (
        <Alert type="error">
          <p className="utrecht-paragraph">{describeError(lookup.error, t, locale)}</p>
          <Button onClick={lookup.reload}>{t.common.retry}</Button>
        </Alert>
      )}
      {!lookup.data && lookup.error === undefined && <Loading />}
      {lookup.data && (
        <>
          <Paragraph lead>{s.intro(lookup.data.poolName)}</Paragraph>
          <form id="survey-form" className="mp-form" noValidate onSubmit={(e) => void submit(e)}>
            {summary.length > 0 && <ErrorSummary id="survey-summary" ref={summaryRef} heading={s.summary} items={summary} />}
            {QUESTIONS.map((q) => (
              <RadioGroup
                key={q}
                id={`survey-${q}`}
                name={`survey-${q}`}
                legend={s[q]}
                hint={s.scale}
                error={errors[q]}
                inline
                value={scores[q]}
                onChange={(v) => setScores((prev) => ({ ...prev, [q]: v }))}
                options={SCORES.map((v) => ({ value: v, label: v }))}
              />
            ))}
            <TextAreaField id="survey-comment" label={s.comment} hint={s.commentHint} maxLength={2000} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
            {error && (
              <Alert type="error" urgent>
                <p className="utrecht-paragraph">{error}</p>
              </Alert>
            )}
            <Button type="submit" appearance="primary" busy={busy}>
              {s.submit}
            </Button>
          </form>
        </>
      )}
    </Page>
  );
}
