import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeReturnPath } from '../../app/require-auth.js';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/button.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { useI18n } from '../../i18n/i18n.js';
import { PasskeyEnrolment } from './passkey-enrolment.js';
import { RecoveryCodesShown } from './recovery-codes.js';
import { TotpEnrolment } from './totp-enrolment.js';

/**
 * Enrolment that comes before anything else: the pool requires a second factor for the person's
 * role and they have none. After the first factor the recovery codes show, then "Verder".
 */
export function EnrolPage() {
  const { t } = useI18n();
  const { state, reload, signOut } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [done, setDone] = useState<{ codes: string[] | null } | null>(null);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'anonymous') return <Navigate to="/inloggen" replace />;
  const back = safeReturnPath(params.get('terug'));
  if (!done && state.session.secondFactor.status !== 'enrol') return <Navigate to={back} replace />;

  const onContinue = async () => {
    await reload({ preferDeviceLocale: true });
    void navigate(back, { replace: true });
  };

  if (done) {
    return (
      <Page title={t.security.enrolDoneHeading} narrow>
        {done.codes && <RecoveryCodesShown codes={done.codes} />}
        <Button id="enrol-continue" appearance="primary" onClick={() => void onContinue()}>
          {t.security.enrolContinue}
        </Button>
      </Page>
    );
  }

  return (
    <Page title={t.security.enrolTitle} narrow>
      <Paragraph lead>{t.security.enrolIntro}</Paragraph>
      <Paragraph>{t.security.enrolChoose}</Paragraph>
      <section aria-labelledby="enrol-totp-heading" className="mp-step-method">
        <Heading level={2} id="enrol-totp-heading">
          {t.security.totpHeading}
        </Heading>
        <TotpEnrolment onDone={(codes) => setDone({ codes })} />
      </section>
      <section aria-labelledby="enrol-passkey-heading" className="mp-step-method">
        <Heading level={2} id="enrol-passkey-heading">
          {t.security.passkeysHeading}
        </Heading>
        <Paragraph>{t.security.passkeysIntro}</Paragraph>
        <PasskeyEnrolment onAdded={(r) => setDone({ codes: r.recoveryCodes })} />
      </section>
      <Paragraph className="mp-muted">{t.security.stepLost}</Paragraph>
      <Button appearance="secondary" onClick={() => void signOut()}>
        {t.security.stepSignOut}
      </Button>
    </Page>
  );
}
