import { useEffect, useRef, useState, type FormEvent } from 'react';
import { requestPasswordReset } from '../../api/auth.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { Page } from '../../components/page.js';
import { looksLikeEmail, useForm } from '../../hooks/use-form.js';
import { useI18n } from '../../i18n/i18n.js';

export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const form = useForm('forgot', { email: 'forgot-email' });

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!email.trim()) return form.fail({ email: t.form.requiredField });
    if (!looksLikeEmail(email)) return form.fail({ email: t.form.invalidEmail });
    // The answer is the same whether or not the address has an account.
    await form.submit(async () => {
      await requestPasswordReset(email.trim());
      setDone(true);
    });
  };

  return (
    <Page title={t.forgot.title} narrow>
      {done ? (
        <Alert type="ok" heading={t.forgot.doneHeading} ref={doneRef} tabIndex={-1}>
          <p className="utrecht-paragraph">{t.forgot.done}</p>
        </Alert>
      ) : (
        <>
          <Paragraph lead>{t.forgot.intro}</Paragraph>
          <ErrorSummary {...form.summaryProps} />
          <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
            <TextField
              id="forgot-email"
              name="email"
              type="email"
              label={t.forgot.email}
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
              autoCapitalize="off"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={form.errors.email}
            />
            <Button type="submit" appearance="primary" busy={form.busy}>
              {form.busy ? t.forgot.submitting : t.forgot.submit}
            </Button>
          </form>
        </>
      )}
      <Paragraph className="mp-after-form">
        <AppLink to="/inloggen">{t.forgot.backToLogin}</AppLink>
      </Paragraph>
    </Page>
  );
}
