import { useState, type FormEvent } from 'react';
import { checkPassword } from '../../../domain/password-rules.js';
import { changePassword } from '../../api/profile.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Paragraph } from '../../components/heading.js';
import { PasswordField } from '../../components/password-field.js';
import { useForm, type FieldErrors } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useI18n } from '../../i18n/i18n.js';

export function PasswordForm({ email }: { email: string }) {
  const { t } = useI18n();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const form = useForm('profile-password', { currentPassword: 'profile-current-password', newPassword: 'profile-new-password' });
  const saved = useNotice();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    saved.clear();
    const errors: FieldErrors<'currentPassword' | 'newPassword'> = {};
    if (!currentPassword) errors.currentPassword = t.form.requiredField;
    const problem = newPassword ? checkPassword(newPassword, email) : undefined;
    if (!newPassword) errors.newPassword = t.form.requiredField;
    else if (problem) errors.newPassword = t.password.problems[problem];
    if (errors.currentPassword || errors.newPassword) return form.fail(errors);
    await form.submit(async () => {
      await changePassword(currentPassword, newPassword);
      setCurrent('');
      setNew('');
      saved.show(t.profile.passwordSaved);
    });
  };

  return (
    <>
      <Paragraph>{t.profile.passwordIntro}</Paragraph>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        {/* Lets password managers file the new password under this account. */}
        <input type="hidden" name="username" autoComplete="username" value={email} />
        <PasswordField
          id="profile-current-password"
          name="currentPassword"
          label={t.profile.currentPassword}
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          error={form.errors.currentPassword}
          width="md"
        />
        <PasswordField
          id="profile-new-password"
          name="newPassword"
          label={t.profile.newPassword}
          hint={t.password.hint}
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
          error={form.errors.newPassword}
          width="md"
        />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.common.saving : t.profile.passwordSubmit}
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
