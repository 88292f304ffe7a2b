import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { answerPublicConsent, getPublicConsent, type ConsentDecision, type PublicConsent } from '../../api/matching.js';
import { ApiError } from '../../api/problem.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { DataList } from '../../components/data-list.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Paragraph } from '../../components/heading.js';
import { Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { RadioGroup } from '../../components/radio-group.js';
import { TextAreaField } from '../../components/textarea-field.js';
import './matching.css';

type LinkState = 'unknown' | 'used' | 'expired';

/** 404: unknown or altered; 409: used or no longer open; 410: expired (consent-routes.ts). */
function linkState(error: unknown): LinkState | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 404) return 'unknown';
  if (error.status === 409) return 'used';
  if (error.status === 410) return 'expired';
  return null;
}

/**
 * The page behind a party's personal link: no account, only the proposed mediator's name,
 * municipality, profession, any disclosed relationship and the pool's name. The party agrees,
 * or asks for another or an external mediator. A disclosed relationship (MfN conduct rule 2.3)
 * is accepted or refused explicitly, before the answer: refusing it rules out agreeing.
 */
export function ConsentPage() {
  const { t, locale } = useI18n();
  const c = t.matching.consentPage;
  const { token = '' } = useParams();
  const lookup = useQuery((signal) => getPublicConsent(token, signal), [token]);
  const [answered, setAnswered] = useState<ConsentDecision | null>(null);
  const [answerError, setAnswerError] = useState<LinkState | null>(null);

  const state = answerError ?? linkState(lookup.error);
  if (answered) {
    return (
      <Page title={c.thanksTitle} narrow>
        <Alert type="ok">
          <p className="utrecht-paragraph">{answered === 'accept' ? c.thanksAccept : c.thanksOther}</p>
        </Alert>
      </Page>
    );
  }
  if (state) {
    const title = state === 'unknown' ? c.unknownTitle : state === 'used' ? c.usedTitle : c.expiredTitle;
    return (
      <Page title={title} narrow>
        <Paragraph lead>{state === 'unknown' ? c.unknown : state === 'used' ? c.used : c.expired}</Paragraph>
      </Page>
    );
  }
  return (
    <Page title={c.title} narrow>
      {lookup.error !== undefined && (
        <Alert type="error" heading={t.matching.loadFailed}>
          <p className="utrecht-paragraph">{describeError(lookup.error, t, locale)}</p>
          <Button onClick={lookup.reload}>{t.common.retry}</Button>
        </Alert>
      )}
      {!lookup.data && lookup.error === undefined && <Loading />}
      {lookup.data && (
        <ConsentView
          token={token}
          consent={lookup.data}
          onAnswered={setAnswered}
          onLinkError={setAnswerError}
        />
      )}
    </Page>
  );
}

type Field = 'disclosure' | 'decision';
const IDS: Record<Field, string> = { decision: 'consent-answer', disclosure: 'consent-disclosure-answer' };
type DisclosureAnswer = 'accepted' | 'refused';

function ConsentView({
  token,
  consent,
  onAnswered,
  onLinkError,
}: {
  token: string;
  consent: PublicConsent;
  onAnswered(decision: ConsentDecision): void;
  onLinkError(state: LinkState): void;
}) {
  const { t, locale, dateTime } = useI18n();
  const c = t.matching.consentPage;
  const [decision, setDecision] = useState<ConsentDecision | ''>('');
  const [disclosureAnswer, setDisclosureAnswer] = useState<DisclosureAnswer | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const hasDisclosure = consent.disclosure !== null;
  const refusesDisclosure = hasDisclosure && disclosureAnswer === 'refused';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const next: Partial<Record<Field, string>> = {};
    if (hasDisclosure && !disclosureAnswer) next.disclosure = c.disclosureRequired;
    if (!decision) next.decision = c.answerRequired;
    else if (refusesDisclosure && decision === 'accept') next.decision = c.disclosureContradiction;
    setErrors(next);
    setError(undefined);
    if (Object.keys(next).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await answerPublicConsent(token, {
        decision: decision as ConsentDecision,
        reason: decision !== 'accept' && reason.trim() ? reason.trim() : null,
        ...(hasDisclosure ? { disclosureAccepted: disclosureAnswer === 'accepted' } : {}),
      });
      onAnswered(decision as ConsentDecision);
    } catch (err) {
      const state = linkState(err);
      if (state) onLinkError(state);
      else setError(describeError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };

  const summary = (Object.keys(errors) as Field[]).map((k) => ({ fieldId: IDS[k], message: errors[k] ?? '' }));
  return (
    <>
      <Paragraph lead>{c.intro(consent.poolName)}</Paragraph>
      {consent.mediators.map((m) => (
        <Section key={`${m.role}-${m.name}`} id={`consent-mediator-${m.role}`} title={m.role === 'lead' ? c.mediatorHeading : t.matching.roles.co} className="mp-matching-card">
          <DataList
            items={[
              { key: 'name', label: c.name, value: m.name },
              { key: 'profession', label: c.profession, value: m.profession },
              ...(m.municipality ? [{ key: 'municipality', label: c.municipality, value: m.municipality }] : []),
              ...(m.organisation ? [{ key: 'organisation', label: c.organisation, value: m.organisation }] : []),
            ]}
          />
        </Section>
      ))}
      <Section id="consent-disclosure" title={c.disclosureHeading}>
        <Paragraph className="mp-matching-disclosure">{consent.disclosure ?? c.noDisclosure}</Paragraph>
        {hasDisclosure && <Paragraph>{c.disclosureExplain}</Paragraph>}
      </Section>
      <Paragraph>{c.expires(dateTime(consent.expiresAt))}</Paragraph>
      <form id="public-consent-form" className="mp-form" noValidate onSubmit={(e) => void submit(e)}>
        {summary.length > 0 && <ErrorSummary id="public-consent-summary" ref={summaryRef} heading={c.summary} items={summary} />}
        {hasDisclosure && (
          <RadioGroup
            id={IDS.disclosure}
            name="public-consent-disclosure"
            legend={c.disclosureQuestion}
            error={errors.disclosure}
            value={disclosureAnswer}
            onChange={(value) => {
              setDisclosureAnswer(value);
              if (value === 'refused' && decision === 'accept') setDecision('');
            }}
            options={[
              { value: 'accepted', label: c.disclosureAccepted },
              { value: 'refused', label: c.disclosureRefused },
            ]}
          />
        )}
        <RadioGroup
          id={IDS.decision}
          name="public-consent-decision"
          legend={c.answer}
          error={errors.decision}
          value={decision}
          onChange={setDecision}
          options={[
            ...(refusesDisclosure ? [] : [{ value: 'accept' as const, label: c.accept }]),
            { value: 'another_mediator', label: c.another },
            { value: 'external_mediator', label: c.external },
          ]}
        />
        {decision !== '' && decision !== 'accept' && (
          <TextAreaField id="public-consent-reason" label={c.reason} hint={c.reasonHint} maxLength={2000} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
        {error && (
          <Alert type="error" urgent>
            <p className="utrecht-paragraph">{error}</p>
          </Alert>
        )}
        <Button type="submit" appearance="primary" busy={busy}>
          {c.submit}
        </Button>
      </form>
    </>
  );
}
