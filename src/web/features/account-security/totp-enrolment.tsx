import { useEffect, useState, type FormEvent } from 'react';
import { beginTotpEnrolment, confirmTotpEnrolment } from '../../api/account-security.js';
import type { TotpEnrolment as Enrolment } from '../../../contract/account-security.js';
import { Button } from '../../components/button.js';
import { CopyField } from '../../components/copy-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { useForm } from '../../hooks/use-form.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * Setting up an authenticator app: a button, then the QR code and key (shown this once) and the
 * first code to confirm it. `onDone` gets the recovery codes when this was the first factor.
 */
export function TotpEnrolment({ onDone }: { onDone(recoveryCodes: string[] | null): void }) {
  const { t } = useI18n();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const start = useForm('totp-start', {});
  const form = useForm('totp', { code: 'totp-code' });

  useEffect(() => {
    if (enrolment) document.getElementById('totp-qr-heading')?.focus();
  }, [enrolment]);

  const onStart = () =>
    void start.submit(async () => {
      setEnrolment(await beginTotpEnrolment());
    });

  const onConfirm = async (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) return form.fail({ code: t.form.requiredField });
    await form.submit(async () => {
      const result = await confirmTotpEnrolment(code.trim());
      setEnrolment(null);
      setCode('');
      onDone(result.recoveryCodes);
    });
  };

  if (!enrolment) {
    return (
      <>
        <ErrorSummary {...start.summaryProps} />
        <Button id="totp-start" appearance="primary" busy={start.busy} onClick={onStart}>
          {t.security.totpStart}
        </Button>
      </>
    );
  }

  return (
    <div className="mp-totp-enrolment">
      <p id="totp-qr-heading" className="utrecht-paragraph" tabIndex={-1}>
        {t.security.totpScan}
      </p>
      <img className="mp-totp-enrolment__qr" src={enrolment.qrCode} alt={t.security.totpQrAlt} width={200} height={200} />
      <Paragraph>{t.security.totpManual}</Paragraph>
      <CopyField id="totp-secret" label={t.security.totpKey} value={enrolment.secret} />
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form mp-form--inline" noValidate onSubmit={(e) => void onConfirm(e)}>
        <TextField
          id="totp-code"
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
          {t.security.totpConfirm}
        </Button>
      </form>
    </div>
  );
}
