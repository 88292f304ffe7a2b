import { useState, type FormEvent } from 'react';
import { updateMe } from '../../api/profile.js';
import { useCurrentSession, useSession } from '../../app/session.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { useForm } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useI18n } from '../../i18n/i18n.js';

export function NameForm() {
  const { t } = useI18n();
  const { user } = useCurrentSession();
  const { setUser } = useSession();
  const [name, setName] = useState(user.name);
  const form = useForm('profile-name', { name: 'profile-name-input' });
  const saved = useNotice();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    saved.clear();
    if (!name.trim()) return form.fail({ name: t.form.requiredField });
    await form.submit(async () => {
      setUser(await updateMe({ name: name.trim() }));
      saved.show(t.profile.nameSaved);
    });
  };

  return (
    <>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          id="profile-name-input"
          name="name"
          label={t.profile.name}
          autoComplete="name"
          required
          maxLength={200}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            saved.clear();
          }}
          error={form.errors.name}
        />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.common.saving : t.common.save}
        </Button>
      </form>
      {saved.notice && (
        <Alert type="ok" className="mp-notice">
          <p className="utrecht-paragraph">{saved.notice}</p>
        </Alert>
      )}
    </>
  );
}
