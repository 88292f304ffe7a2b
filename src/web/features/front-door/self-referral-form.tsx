import { useEffect, useRef, useState, type FormEvent } from 'react';
import { SELF_REFERRAL_DESCRIPTION_MAX_LENGTH } from './limits.js';
import type { FrontDoorAdviceAnswer, SelfReferralReceived } from '../../api/front-door.js';
import { sendSelfReferral } from '../../api/front-door.js';
import { ApiError } from '../../api/problem.js';
import type { AskerRole } from '../../../domain/front-door/questionnaire.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField, TextField } from '../../components/form-field.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';

type Field = 'name' | 'email' | 'phone' | 'description' | 'privacyAcknowledged';
const IDS: Record<Field, string> = { name: 'sr-name', email: 'sr-email', phone: 'sr-phone', description: 'sr-description', privacyAcknowledged: 'sr-privacy' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9 +()-]*$/;

/** The short self-referral form: minimal data, the privacy statement shown and acknowledged, the wish for an independent mediator, a honeypot. */
export function SelfReferralForm({
  advice,
  askerRole,
  conflictWith,
  decisionDate,
  onSent,
}: {
  advice: FrontDoorAdviceAnswer;
  askerRole: AskerRole;
  conflictWith: 'employer_or_colleague' | 'municipality_government';
  decisionDate: string | null;
  onSent(received: SelfReferralReceived): void;
}) {
  const { t, locale } = useI18n();
  const f = t.frontDoor.selfReferral;
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [description, setDescription] = useState('');
  const [privacy, setPrivacy] = useState(false);
  const [independent, setIndependent] = useState(false);
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const labels: Record<Field, string> = { name: f.name, email: f.email, phone: f.phone, description: f.description, privacyAcknowledged: f.privacyTitle };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const next: Partial<Record<Field, string>> = {};
    if (!name.trim()) next.name = f.nameRequired;
    if (!email.trim() && !phone.trim()) next.email = f.contactRequired;
    else if (email.trim() && !EMAIL.test(email.trim())) next.email = f.emailInvalid;
    if (phone.trim() && !PHONE.test(phone.trim())) next.phone = f.phoneInvalid;
    if (!description.trim()) next.description = f.descriptionRequired;
    else if (description.length > SELF_REFERRAL_DESCRIPTION_MAX_LENGTH) next.description = f.descriptionTooLong(SELF_REFERRAL_DESCRIPTION_MAX_LENGTH);
    if (!privacy) next.privacyAcknowledged = f.privacyRequired;
    setErrors(next);
    setError(undefined);
    if (Object.keys(next).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const received = await sendSelfReferral({
        municipalityCode: advice.municipality!.code,
        askerRole,
        conflictWith,
        name: name.trim(),
        email: email.trim() || null,
        phone: phone.trim() || null,
        description,
        privacyAcknowledged: privacy,
        prefersIndependentMediator: independent,
        decisionDate,
        ...(website ? { website } : {}),
      });
      onSent(received);
    } catch (err) {
      if (err instanceof ApiError && err.invalidParams.length > 0) {
        const fromServer: Partial<Record<Field, string>> = {};
        for (const p of err.invalidParams) {
          const key = (Object.keys(IDS) as Field[]).find((k) => p.name === k || p.name.endsWith(`/${k}`));
          if (key) fromServer[key] = locale === 'nl' ? p.reason : describeError(err, t, locale);
        }
        if (Object.keys(fromServer).length > 0) {
          setErrors(fromServer);
          setAttempt((n) => n + 1);
          return;
        }
      }
      setError(describeError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };

  const summary = (Object.keys(IDS) as Field[]).filter((k) => errors[k]).map((k) => ({ fieldId: IDS[k], message: `${labels[k]}: ${errors[k]}` }));
  return (
    <section className="mp-section" aria-labelledby="sr-title">
      <h2 className="utrecht-heading-2" id="sr-title" tabIndex={-1}>
        {f.title(advice.poolName ?? '')}
      </h2>
      <Paragraph>{f.intro}</Paragraph>
      <form id="self-referral-form" className="mp-form" noValidate onSubmit={(e) => void submit(e)}>
        {summary.length > 0 && <ErrorSummary id="self-referral-summary" ref={summaryRef} heading={f.summary} items={summary} />}
        <TextField id={IDS.name} label={f.name} autoComplete="name" maxLength={200} required error={errors.name} value={name} onChange={(e) => setName(e.target.value)} />
        <TextField id={IDS.email} type="email" label={f.email} hint={f.emailHint} autoComplete="email" maxLength={254} error={errors.email} value={email} onChange={(e) => setEmail(e.target.value)} />
        <TextField id={IDS.phone} type="tel" width="md" label={f.phone} autoComplete="tel" maxLength={40} error={errors.phone} value={phone} onChange={(e) => setPhone(e.target.value)} />
        <TextAreaField
          id={IDS.description}
          label={f.description}
          hint={f.descriptionHint(SELF_REFERRAL_DESCRIPTION_MAX_LENGTH)}
          required
          rows={5}
          error={errors.description}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <div className="mp-front-door__privacy" id="sr-privacy-statement">
          <Heading level={3}>{f.privacyTitle}</Heading>
          <ul className="utrecht-unordered-list">
            {f.privacy.map((line) => (
              <li key={line} className="utrecht-unordered-list__item">
                {line}
              </li>
            ))}
          </ul>
        </div>
        <CheckboxField id={IDS.privacyAcknowledged} label={f.privacyAcknowledged} error={errors.privacyAcknowledged} checked={privacy} onChange={(e) => setPrivacy(e.target.checked)} />
        <CheckboxField id="sr-independent" label={f.independent} hint={f.independentHint} checked={independent} onChange={(e) => setIndependent(e.target.checked)} />
        <div className="mp-front-door__trap" aria-hidden="true">
          <label htmlFor="sr-website">{f.honeypot}</label>
          <input id="sr-website" name="website" type="text" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
        </div>
        {error && (
          <Alert type="error" urgent>
            <p className="utrecht-paragraph">{error}</p>
          </Alert>
        )}
        <Button type="submit" appearance="primary" busy={busy}>
          {f.submit}
        </Button>
      </form>
    </section>
  );
}

