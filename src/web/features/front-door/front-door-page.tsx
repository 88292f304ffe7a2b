import { useEffect, useState } from 'react';
import { askAdvice, getFrontDoorMunicipalities, type AdviceInput, type FrontDoorAdviceAnswer, type SelfReferralReceived } from '../../api/front-door.js';
import { ApiError } from '../../api/problem.js';
import { Alert } from '../../components/alert.js';
import { AppLink } from '../../components/link.js';
import { CopyField } from '../../components/copy-field.js';
import { Paragraph } from '../../components/heading.js';
import { Page } from '../../components/page.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { AdviceView } from './advice-view.js';
import { emptyAnswers, Questionnaire, type Answers } from './questionnaire.js';
import { SelfReferralForm } from './self-referral-form.js';
import './front-door.css';

type Step = 'questions' | 'advice' | 'form' | 'sent';

const focusHeading = (selector: string) => requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

/**
 * The public front door (voorportaal): a few questions in plain Dutch, the advice with its
 * reasons and every other route, and where a pool serves the municipality a short self-referral
 * form. The answers stay in the browser; the server keeps only an anonymous count of the route.
 */
export function FrontDoorPage() {
  const { t, locale } = useI18n();
  const f = t.frontDoor;
  const municipalities = useQuery((signal) => getFrontDoorMunicipalities(signal), []);
  const [answers, setAnswers] = useState<Answers>(emptyAnswers);
  const [step, setStep] = useState<Step>('questions');
  const [advice, setAdvice] = useState<FrontDoorAdviceAnswer | undefined>(undefined);
  const [received, setReceived] = useState<SelfReferralReceived | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [serverErrors, setServerErrors] = useState<Partial<Record<'decisionDate' | 'municipalityCode', string>>>({});

  useEffect(() => {
    if (step === 'advice' || step === 'sent') focusHeading('h1');
    if (step === 'form') focusHeading('#sr-title');
  }, [step]);

  const submitQuestions = async (input: AdviceInput) => {
    setBusy(true);
    setError(undefined);
    try {
      setAdvice(await askAdvice(input));
      setStep('advice');
    } catch (err) {
      const bad = err instanceof ApiError ? err.invalidParams.find((p) => p.name === 'decisionDate' || p.name === 'municipalityCode') : undefined;
      if (bad) setServerErrors({ [bad.name]: locale === 'nl' ? bad.reason : describeError(err, t, locale) });
      else setError(describeError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };

  const title = step === 'questions' ? f.title : step === 'sent' ? f.sent.title : f.adviceTitle;
  return (
    <Page title={title}>
      {step === 'questions' && (
        <>
          <Paragraph lead>{f.intro}</Paragraph>
          <Paragraph>
            <strong>{f.emergency}</strong>
          </Paragraph>
          {municipalities.error !== undefined && (
            <Alert type="error">
              <p className="utrecht-paragraph">{describeError(municipalities.error, t, locale)}</p>
            </Alert>
          )}
          {error && (
            <Alert type="error" urgent>
              <p className="utrecht-paragraph">{error}</p>
            </Alert>
          )}
          <Questionnaire answers={answers} onChange={setAnswers} municipalities={municipalities.data} onSubmit={submitQuestions} busy={busy} serverErrors={serverErrors} />
        </>
      )}
      {(step === 'advice' || step === 'form') && advice && (
        <>
          <AdviceView advice={advice} onBack={() => setStep('questions')} onSelfRefer={() => setStep('form')} />
          {step === 'form' && answers.askerRole && (answers.conflictWith === 'employer_or_colleague' || answers.conflictWith === 'municipality_government') && (
            <SelfReferralForm
              advice={advice}
              askerRole={answers.askerRole}
              conflictWith={answers.conflictWith}
              decisionDate={advice.objection?.decisionDate ?? null}
              onSent={(r) => {
                setReceived(r);
                setStep('sent');
              }}
            />
          )}
        </>
      )}
      {step === 'sent' && received && (
        <>
          <Alert type="ok">
            <p className="utrecht-paragraph">{f.sent.text}</p>
            {received.mailed && <p className="utrecht-paragraph">{f.sent.mailed}</p>}
          </Alert>
          <CopyField id="fd-status-link" label={f.sent.linkLabel} hint={f.sent.linkHint} value={`${window.location.origin}${received.statusPath}`} />
          <Paragraph>
            <AppLink to={received.statusPath}>{f.sent.open}</AppLink>
          </Paragraph>
        </>
      )}
    </Page>
  );
}
