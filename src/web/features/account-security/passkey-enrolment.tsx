import { useState, type FormEvent } from 'react';
import { browserSupportsWebAuthn, startRegistration } from '@simplewebauthn/browser';
import { addPasskey, passkeyRegistrationOptions } from '../../api/account-security.js';
import type { PasskeyAdded, PasskeyRegistration } from '../../../contract/account-security.js';
import { ApiError } from '../../api/problem.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { useForm } from '../../hooks/use-form.js';
import { useI18n } from '../../i18n/i18n.js';

/** Adding a passkey: a name, then the browser's own dialog (WebAuthn). */
export function PasskeyEnrolment({ onAdded }: { onAdded(result: PasskeyAdded): void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const form = useForm('passkey', { name: 'passkey-name', response: 'passkey-name' });

  if (!browserSupportsWebAuthn()) {
    return (
      <Alert type="info">
        <p className="utrecht-paragraph">{t.security.passkeyUnsupported}</p>
      </Alert>
    );
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await form.submit(async () => {
      const options = await passkeyRegistrationOptions();
      let response: unknown;
      try {
        response = await startRegistration({ optionsJSON: options as never });
      } catch {
        throw new ApiError(400, { type: 'passkey-cancelled', title: t.security.passkeyCancelled, detail: t.security.passkeyCancelled });
      }
      const added = await addPasskey({ name: name.trim() || t.security.passkeyDefaultName, response: response as PasskeyRegistration['response'] });
      setName('');
      onAdded(added);
    });
  };

  return (
    <>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form mp-form--inline" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          id="passkey-name"
          name="name"
          label={t.security.passkeyName}
          hint={t.security.passkeyNameHint}
          autoComplete="off"
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.errors.name}
          width="md"
        />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {t.security.passkeyAdd}
        </Button>
      </form>
    </>
  );
}
