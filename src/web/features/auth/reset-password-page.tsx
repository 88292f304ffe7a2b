import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { checkPassword } from '../../../domain/password-rules.js';
import { confirmPasswordReset } from '../../api/auth.js';
import { ApiError } from '../../api/problem.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink, ButtonLink } from '../../components/link.js';
import { Page } from '../../components/page.js';
import { PasswordField } from '../../components/password-field.js';
import { useForm } from '../../hooks/use-form.js';
import { useI18n } from '../../i18n/i18n.js';

export function ResetPasswordPage() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  const [password, setPassword] = useState('');
  const [outcome, setOutcome] = useState<'form' | 'done' | 'unusable'>('form');
  const outcomeRef = useRef<HTMLDivElement>(null);
  const form = useForm('reset', { password: 'reset-password' });

  useEffect(() => {
    if (outcome !== 'form') outcomeRef.current?.focus();
  }, [outcome]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!password) return form.fail({ password: t.form.requiredField });
    const problem = checkPassword(password);
    if (problem) return form.fail({ password: t.password.problems[problem] });
    await form.submit(async () => {
      try {
        await confirmPasswordReset(token, password);
        setOutcome('done');
      } catch (err) {
        // An unknown, used or expired link: no use trying again with another password.
        if (err instanceof ApiError && err.status === 404) setOutcome('unusable');
        else throw err;
      }
    });
  };

  return (
    <Page title={t.reset.title} narrow>
      {outcome === 'done' && (
        <>
          <Alert type="ok" heading={t.reset.doneHeading} ref={outcomeRef} tabIndex={-1}>
            <p className="utrecht-paragraph">{t.reset.done}</p>
          </Alert>
          <p className="utrecht-paragraph mp-after-form">
            <ButtonLink to="/inloggen" appearance="primary">
              {t.reset.toLogin}
            </ButtonLink>
          </p>
        </>
      )}
      {outcome === 'unusable' && (
        <>
          <Alert type="error" heading={t.reset.unusableHeading} ref={outcomeRef} tabIndex={-1}>
            <p className="utrecht-paragraph">{t.reset.unusable}</p>
          </Alert>
          <p className="utrecht-paragraph mp-after-form">
            <ButtonLink to="/wachtwoord-vergeten" appearance="primary">
              {t.reset.requestNew}
            </ButtonLink>
          </p>
        </>
      )}
      {outcome === 'form' && (
        <>
          <Paragraph lead>{t.reset.intro}</Paragraph>
          <ErrorSummary {...form.summaryProps} />
          <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
            <PasswordField
              id="reset-password"
              name="password"
              label={t.reset.password}
              hint={t.password.hint}
              autoComplete="new-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={form.errors.password}
              width="md"
            />
            <Button type="submit" appearance="primary" busy={form.busy}>
              {form.busy ? t.reset.submitting : t.reset.submit}
            </Button>
          </form>
          <Paragraph className="mp-after-form">
            <AppLink to="/inloggen">{t.reset.toLogin}</AppLink>
          </Paragraph>
        </>
      )}
    </Page>
  );
}
