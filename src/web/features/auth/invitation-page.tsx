import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { checkPassword } from '../../../domain/password-rules.js';
import { acceptInvitation, lookUpInvitation, type AcceptInvitationInput } from '../../api/invitations.js';
import { ApiError } from '../../api/problem.js';
import type { InvitationLookup } from '../../api/types.js';
import { useSession } from '../../app/session.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { ButtonLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { PasswordField } from '../../components/password-field.js';
import { looksLikeEmail, useForm, type FieldErrors } from '../../hooks/use-form.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';

export function InvitationPage() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  // Signed in already (a link reopened later)? The lookup waits until the session is known, so it
  // carries the session's CSRF code; sent before, with the session cookie, it was refused.
  const { state } = useSession();
  const sessionKnown = state.status !== 'loading';
  const lookup = useQuery(() => (sessionKnown ? lookUpInvitation(token) : new Promise<never>(() => undefined)), [token, sessionKnown]);

  let body;
  if (lookup.loading && !lookup.data) body = <Loading label={t.invitation.checking} />;
  else if (lookup.error instanceof ApiError && lookup.error.status === 404) {
    body = (
      <>
        <Alert type="error" heading={t.invitation.unusableHeading}>
          <p className="utrecht-paragraph">{t.invitation.unusable}</p>
        </Alert>
        <p className="utrecht-paragraph mp-after-form">
          <ButtonLink to="/inloggen">{t.invitation.toLogin}</ButtonLink>
        </p>
      </>
    );
  } else if (lookup.error || !lookup.data) {
    body = (
      <LoadFailed error={lookup.error} onRetry={lookup.reload} />
    );
  } else {
    body = <AcceptForm token={token} invitation={lookup.data} />;
  }

  return (
    <Page title={t.invitation.title} narrow>
      {body}
    </Page>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationLookup }) {
  const { t, dateTime } = useI18n();
  const { reload } = useSession();
  const navigate = useNavigate();
  // The very first administrator's invitation carries a placeholder address and name to replace.
  const editable = invitation.emailEditable;
  const existing = invitation.existingAccount === true;
  const [name, setName] = useState(editable ? '' : invitation.name);
  const [email, setEmail] = useState(editable ? '' : invitation.email);
  const [password, setPassword] = useState('');
  const form = useForm('invitation', { name: 'invitation-name', email: 'invitation-email', password: 'invitation-password' });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldErrors<'name' | 'email' | 'password'> = {};
    if (!name.trim()) errors.name = t.form.requiredField;
    if (editable && !email.trim()) errors.email = t.form.requiredField;
    else if (editable && !looksLikeEmail(email)) errors.email = t.form.invalidEmail;
    // An existing account's own password is checked by the server; a new one must meet the rules.
    const problem = password && !existing ? checkPassword(password, email) : undefined;
    if (!password) errors.password = t.form.requiredField;
    else if (problem) errors.password = t.password.problems[problem];
    if (Object.keys(errors).length > 0) return form.fail(errors);

    const ok = await form.submit(async () => {
      const input: AcceptInvitationInput = { token, password, name: name.trim() };
      if (editable) input.email = email.trim();
      await acceptInvitation(input);
      await reload({ preferDeviceLocale: true });
    });
    if (ok) void navigate('/', { replace: true });
  };

  return (
    <>
      <Paragraph lead>{existing ? t.invitation.introExisting(invitation.poolName) : t.invitation.intro(invitation.poolName)}</Paragraph>
      <Paragraph>{t.invitation.expires(dateTime(invitation.expiresAt))}</Paragraph>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          id="invitation-name"
          name="name"
          label={t.invitation.name}
          hint={t.invitation.nameHint}
          autoComplete="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.errors.name}
        />
        {editable ? (
          <TextField
            id="invitation-email"
            name="email"
            type="email"
            label={t.invitation.email}
            hint={t.invitation.emailHint}
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="off"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={form.errors.email}
          />
        ) : (
          <Paragraph>{t.invitation.emailFixed(invitation.email)}</Paragraph>
        )}
        {/* Lets password managers store the new password under the right account. */}
        {!editable && <input type="hidden" name="username" autoComplete="username" value={invitation.email} />}
        <PasswordField
          id="invitation-password"
          name="password"
          label={existing ? t.invitation.passwordExisting : t.invitation.password}
          hint={existing ? t.invitation.passwordExistingHint : t.password.hint}
          autoComplete={existing ? 'current-password' : 'new-password'}
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.errors.password}
          width="md"
        />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.invitation.submitting : existing ? t.invitation.submitExisting : t.invitation.submit}
        </Button>
      </form>
    </>
  );
}
