import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useBranding } from '../../app/branding.js';
import { safeReturnPath } from '../../app/require-auth.js';
import { useSession } from '../../app/session.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { Page } from '../../components/page.js';
import { PasswordField } from '../../components/password-field.js';
import { looksLikeEmail, useForm, type FieldErrors } from '../../hooks/use-form.js';
import { useI18n } from '../../i18n/i18n.js';
import { SsoSignIn } from '../single-sign-on/sso-sign-in.js';
import { DIRECTORY_PATH, FRONT_DOOR_PATH } from '../../app/route-paths.js';

export function LoginPage() {
  const { t } = useI18n();
  const { name: poolName } = useBranding();
  const { state, signIn } = useSession();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useForm('login', { email: 'login-email', password: 'login-password' });

  if (state.status === 'authenticated') return <Navigate to={safeReturnPath(params.get('terug'))} replace />;
  const reason = params.get('reden');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldErrors<'email' | 'password'> = {};
    if (!email.trim()) errors.email = t.form.requiredField;
    else if (!looksLikeEmail(email)) errors.email = t.form.invalidEmail;
    if (!password) errors.password = t.form.requiredField;
    if (errors.email || errors.password) return form.fail(errors);
    const ok = await form.submit(() => signIn(email.trim(), password));
    if (!ok) setPassword('');
  };

  return (
    <Page title={t.login.title} narrow>
      <Paragraph lead>{t.login.intro(poolName)}</Paragraph>
      {reason === 'verlopen' && !form.hasErrors && (
        <Alert type="warning">
          <p className="utrecht-paragraph">{t.login.expired}</p>
        </Alert>
      )}
      {reason === 'uitgelogd' && !form.hasErrors && (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{t.login.loggedOut}</p>
        </Alert>
      )}
      <SsoSignIn failure={params.get('sso-fout')} />
      <ErrorSummary {...form.summaryProps} heading={t.login.failedHeading} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          id="login-email"
          name="email"
          type="email"
          label={t.login.email}
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="off"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={form.errors.email}
        />
        <PasswordField
          id="login-password"
          name="password"
          label={t.login.password}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.errors.password}
          width="md"
        />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.login.submitting : t.login.submit}
        </Button>
      </form>
      <Paragraph className="mp-after-form">
        <AppLink to="/wachtwoord-vergeten">{t.login.forgot}</AppLink>
      </Paragraph>
      <Paragraph className="mp-muted">{t.login.noAccount}</Paragraph>
      <Paragraph>
        {t.login.frontDoorHint} <AppLink to={FRONT_DOOR_PATH}>{t.login.frontDoorLink}</AppLink>
      </Paragraph>
      <Paragraph>
        {t.login.directoryHint} <AppLink to={DIRECTORY_PATH}>{t.shell.directoryLink}</AppLink>
      </Paragraph>
    </Page>
  );
}
