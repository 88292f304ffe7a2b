import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { browserSupportsWebAuthn, startAuthentication } from '@simplewebauthn/browser';
import { passkeySignInOptions, verifyPasskeySignIn, verifySecondStepCode } from '../../api/account-security.js';
import type { SecondStepPasskey } from '../../../contract/account-security.js';
import { ApiError } from '../../api/problem.js';
import { safeReturnPath } from '../../app/require-auth.js';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField, TextField } from '../../components/form-field.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { useForm } from '../../hooks/use-form.js';
import { useI18n } from '../../i18n/i18n.js';

/** The device may be remembered this many days (the server's REMEMBER_DEVICE_DAYS). */
const REMEMBER_DAYS = 30;

/** The second step of signing in: a code from the app, a passkey, or a recovery code. */
export function SecondStepPage() {
  const { t } = useI18n();
  const { state, reload, signOut } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [code, setCode] = useState('');
  const [recovery, setRecovery] = useState('');
  const [remember, setRemember] = useState(false);
  const form = useForm('second-step', { code: 'step-code', recovery: 'step-recovery', response: 'step-passkey' });

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'anonymous') return <Navigate to="/inloggen" replace />;
  const standing = state.session.secondFactor;
  const back = safeReturnPath(params.get('terug'));
  if (standing.status !== 'verify') return <Navigate to={back} replace />;

  const finish = async () => {
    await reload({ preferDeviceLocale: true });
    void navigate(back, { replace: true });
  };

  const onCode = async (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) return form.fail({ code: t.form.requiredField });
    const ok = await form.submit(() => verifySecondStepCode({ method: 'totp', code: code.trim(), rememberDevice: remember }));
    if (ok) await finish();
    else setCode('');
  };

  const onRecovery = async (e: FormEvent) => {
    e.preventDefault();
    if (!recovery.trim()) return form.fail({ recovery: t.form.requiredField });
    // The server names the field `code`; here it is the recovery field.
    const ok = await form.submit(async () => {
      try {
        await verifySecondStepCode({ method: 'recovery', code: recovery.trim(), rememberDevice: remember });
      } catch (err) {
        if (err instanceof ApiError) err.invalidParams.forEach((p) => p.name === 'code' && (p.name = 'recovery'));
        throw err;
      }
    });
    if (ok) await finish();
  };

  const onPasskey = async () => {
    const ok = await form.submit(async () => {
      const options = await passkeySignInOptions();
      let response: unknown;
      try {
        response = await startAuthentication({ optionsJSON: options as never });
      } catch {
        throw new ApiError(400, { type: 'passkey-cancelled', title: t.security.passkeyCancelled, detail: t.security.passkeyCancelled });
      }
      await verifyPasskeySignIn({ response: response as SecondStepPasskey['response'], rememberDevice: remember });
    });
    if (ok) await finish();
  };

  return (
    <Page title={t.security.stepTitle} narrow>
      <Paragraph lead>{t.security.stepIntro}</Paragraph>
      <ErrorSummary {...form.summaryProps} heading={t.security.stepFailedHeading} />
      <CheckboxField
        id="step-remember"
        name="remember"
        label={t.security.rememberDevice(REMEMBER_DAYS)}
        hint={t.security.rememberDeviceHint}
        checked={remember}
        onChange={(e) => setRemember(e.target.checked)}
      />
      {standing.methods.includes('totp') && (
        <section aria-labelledby="step-totp-heading" className="mp-step-method">
          <Heading level={2} id="step-totp-heading">
            {t.security.stepTotpHeading}
          </Heading>
          <form className="mp-form" noValidate onSubmit={(e) => void onCode(e)}>
            <TextField
              id="step-code"
              name="code"
              label={t.security.code}
              hint={t.security.codeHint}
              autoComplete="one-time-code"
              inputMode="numeric"
              required
              maxLength={12}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              error={form.errors.code}
              width="sm"
            />
            <Button type="submit" appearance="primary" busy={form.busy}>
              {t.security.stepSubmit}
            </Button>
          </form>
        </section>
      )}
      {standing.methods.includes('passkey') && browserSupportsWebAuthn() && (
        <section aria-labelledby="step-passkey-heading" className="mp-step-method">
          <Heading level={2} id="step-passkey-heading">
            {t.security.stepPasskeyHeading}
          </Heading>
          <Button id="step-passkey" appearance={standing.methods.includes('totp') ? 'secondary' : 'primary'} busy={form.busy} onClick={() => void onPasskey()}>
            {t.security.stepPasskeyButton}
          </Button>
        </section>
      )}
      {standing.methods.includes('recovery') && (
        <section aria-labelledby="step-recovery-heading" className="mp-step-method">
          <Heading level={2} id="step-recovery-heading">
            {t.security.stepRecoveryHeading}
          </Heading>
          <Paragraph>{t.security.stepRecoveryIntro}</Paragraph>
          <form className="mp-form" noValidate onSubmit={(e) => void onRecovery(e)}>
            <TextField
              id="step-recovery"
              name="recovery"
              label={t.security.recoveryCode}
              hint={t.security.recoveryCodeHint}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="off"
              required
              maxLength={40}
              value={recovery}
              onChange={(e) => setRecovery(e.target.value)}
              error={form.errors.recovery}
              width="md"
            />
            <Button type="submit" appearance="secondary" busy={form.busy}>
              {t.security.stepRecoverySubmit}
            </Button>
          </form>
        </section>
      )}
      <Paragraph className="mp-muted">{t.security.stepLost}</Paragraph>
      <Button appearance="secondary" onClick={() => void signOut()}>
        {t.security.stepSignOut}
      </Button>
    </Page>
  );
}
