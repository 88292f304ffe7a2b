import { useEffect, useRef, useState, type FormEvent } from 'react';
import { proposeExternalMediator } from '../../api/matching.js';
import { ApiError } from '../../api/problem.js';
import { Alert } from '../../components/alert.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField, TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { Section } from '../../components/page.js';
import { RadioGroup } from '../../components/radio-group.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { looksLikeEmail } from '../../hooks/use-form.js';
import { assignInvalidParams } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { parseEuros } from '../registry/format.js';
import { describeMatchingError } from './matching-errors.js';

type Field = 'name' | 'organisation' | 'mfnNumber' | 'email' | 'rate' | 'chosenBy' | 'reason' | 'noInterest' | 'noAdvice' | 'disclosure';

const IDS: Record<Field, string> = {
  name: 'external-name',
  organisation: 'external-organisation',
  mfnNumber: 'external-mfn',
  email: 'external-email',
  rate: 'external-rate',
  chosenBy: 'external-chosen-by',
  reason: 'external-reason',
  noInterest: 'external-no-interest',
  noAdvice: 'external-no-advice',
  disclosure: 'external-disclosure',
};

/** The server's field names (JSON pointer without the slash) on this form's fields. */
const SERVER_FIELDS: Record<string, Field> = {
  name: 'name',
  organisation: 'organisation',
  mfnNumber: 'mfnNumber',
  email: 'email',
  agreedRateCents: 'rate',
  chosenBy: 'chosenBy',
  reason: 'reason',
  'declaration/noInterestInOutcome': 'noInterest',
  'declaration/noEarlierAdviceToAParty': 'noAdvice',
  'declaration/relationshipsDisclosure': 'disclosure',
};

// Deliberately loose: the server checks the address properly; this catches typing slips.

/**
 * For a case in `matching`: propose an independent, paid mediator chosen by the parties or the
 * coordinator, with the written declaration the coordinator received from them. The form opens
 * from a button (or from the candidate list's notice that a party asked for an external
 * mediator) and takes the focus; cancelling returns the focus to the button.
 */
export function ExternalMediatorSection({
  caseId,
  open,
  onOpenChange,
  onProposed,
}: {
  caseId: string;
  open: boolean;
  onOpenChange(open: boolean): void;
  onProposed(message: string): void;
}) {
  const { t } = useI18n();
  const x = t.matching.external;
  const toggleRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    if (wasOpen.current && !open) toggleRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <Section id="matching-external" title={x.heading}>
      <Paragraph>{x.intro}</Paragraph>
      {open ? (
        <ExternalMediatorForm caseId={caseId} onCancel={() => onOpenChange(false)} onProposed={onProposed} />
      ) : (
        <Button ref={toggleRef} onClick={() => onOpenChange(true)}>
          {x.open}
        </Button>
      )}
    </Section>
  );
}

function ExternalMediatorForm({ caseId, onCancel, onProposed }: { caseId: string; onCancel(): void; onProposed(message: string): void }) {
  const { t, locale } = useI18n();
  const x = t.matching.external;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [mfnNumber, setMfnNumber] = useState('');
  const [email, setEmail] = useState('');
  const [rate, setRate] = useState('');
  const [chosenBy, setChosenBy] = useState<'parties' | 'coordinator' | ''>('');
  const [reason, setReason] = useState('');
  const [noInterest, setNoInterest] = useState(false);
  const [noAdvice, setNoAdvice] = useState(false);
  const [disclosure, setDisclosure] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => headingRef.current?.focus(), []);

  const focusSummary = () => requestAnimationFrame(() => document.getElementById('external-summary')?.focus());

  const rateProblem = (): { cents: number } | { message: string } => {
    const parsed = parseEuros(rate);
    if ('cents' in parsed) return parsed;
    const messages = { required: x.rateRequired, format: x.rateFormat, zero: x.rateZero, negative: x.rateZero, tooHigh: x.rateTooHigh };
    return { message: messages[parsed.problem] };
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const next: Partial<Record<Field, string>> = {};
    if (!name.trim()) next.name = x.nameRequired;
    if (!organisation.trim()) next.organisation = x.organisationRequired;
    if (!mfnNumber.trim()) next.mfnNumber = x.mfnRequired;
    if (email.trim() && !looksLikeEmail(email.trim())) next.email = x.emailInvalid;
    const parsedRate = rateProblem();
    if ('message' in parsedRate) next.rate = parsedRate.message;
    if (!chosenBy) next.chosenBy = x.chosenByRequired;
    if (!reason.trim()) next.reason = x.reasonRequired;
    if (!noInterest) next.noInterest = x.noInterestRequired;
    if (!noAdvice) next.noAdvice = x.noAdviceRequired;
    setErrors(next);
    setError(undefined);
    if (Object.keys(next).length > 0 || !('cents' in parsedRate) || !chosenBy) {
      focusSummary();
      return;
    }
    setBusy(true);
    try {
      await proposeExternalMediator(caseId, {
        name: name.trim(),
        organisation: organisation.trim(),
        mfnNumber: mfnNumber.trim(),
        email: email.trim() || null,
        agreedRateCents: parsedRate.cents,
        chosenBy,
        reason: reason.trim(),
        declaration: { noInterestInOutcome: true, noEarlierAdviceToAParty: true, relationshipsDisclosure: disclosure.trim() || null },
      });
      onProposed(x.done(name.trim()));
    } catch (err) {
      // Field problems from the server go to their fields and the summary, like the form's own.
      const fields = err instanceof ApiError && err.status === 400 ? assignInvalidParams(err.invalidParams, (name) => SERVER_FIELDS[name], t, locale).fields : {};
      if (Object.keys(fields).length > 0) {
        setErrors(fields);
        focusSummary();
      } else {
        setError(describeMatchingError(err, t, locale));
      }
    } finally {
      setBusy(false);
    }
  };

  const summary = (Object.keys(IDS) as Field[]).filter((k) => errors[k]).map((k) => ({ fieldId: IDS[k], message: errors[k] ?? '' }));

  return (
    <form id="external-form" className="mp-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="external-form-title">
      <h3 className="utrecht-heading-3" id="external-form-title" ref={headingRef} tabIndex={-1}>
        {x.formHeading}
      </h3>
      {summary.length > 0 && <ErrorSummary id="external-summary" heading={x.summary} items={summary} />}
      <TextField id={IDS.name} label={x.name} required autoComplete="off" maxLength={200} error={errors.name} value={name} onChange={(e) => setName(e.target.value)} />
      <TextField
        id={IDS.organisation}
        label={x.organisation}
        required
        autoComplete="off"
        maxLength={200}
        error={errors.organisation}
        value={organisation}
        onChange={(e) => setOrganisation(e.target.value)}
      />
      <TextField
        id={IDS.mfnNumber}
        label={x.mfnNumber}
        hint={x.mfnHint}
        required
        autoComplete="off"
        spellCheck={false}
        maxLength={50}
        width="md"
        error={errors.mfnNumber}
        value={mfnNumber}
        onChange={(e) => setMfnNumber(e.target.value)}
      />
      <TextField
        id={IDS.email}
        label={x.email}
        hint={x.emailHint}
        type="email"
        autoComplete="off"
        spellCheck={false}
        maxLength={254}
        error={errors.email}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <TextField
        id={IDS.rate}
        label={x.rate}
        hint={x.rateHint}
        required
        inputMode="decimal"
        autoComplete="off"
        width="sm"
        error={errors.rate}
        value={rate}
        onChange={(e) => setRate(e.target.value)}
      />
      <RadioGroup
        id={IDS.chosenBy}
        name="external-chosen-by"
        legend={x.chosenBy}
        error={errors.chosenBy}
        value={chosenBy}
        onChange={setChosenBy}
        inline
        options={[
          { value: 'parties', label: x.chosenByParties },
          { value: 'coordinator', label: x.chosenByCoordinator },
        ]}
      />
      <TextAreaField id={IDS.reason} label={x.reason} hint={x.reasonHint} required maxLength={2000} rows={3} error={errors.reason} value={reason} onChange={(e) => setReason(e.target.value)} />
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset" aria-describedby="external-declaration-hint">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{x.declarationLegend}</legend>
        <div className="utrecht-form-field__description utrecht-form-field-description" id="external-declaration-hint">
          {x.declarationHint}
        </div>
        <CheckboxField id={IDS.noInterest} label={x.noInterest} required error={errors.noInterest} checked={noInterest} onChange={(e) => setNoInterest(e.target.checked)} />
        <CheckboxField id={IDS.noAdvice} label={x.noAdvice} required error={errors.noAdvice} checked={noAdvice} onChange={(e) => setNoAdvice(e.target.checked)} />
        <TextAreaField
          id={IDS.disclosure}
          label={x.disclosure}
          hint={x.disclosureHint}
          maxLength={4000}
          rows={3}
          error={errors.disclosure}
          value={disclosure}
          onChange={(e) => setDisclosure(e.target.value)}
        />
      </fieldset>
      {error && (
        <Alert type="error" urgent>
          <p className="utrecht-paragraph">{error}</p>
        </Alert>
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {x.submit}
        </Button>
        <Button appearance="secondary" onClick={() => !busy && onCancel()}>
          {t.common.cancel}
        </Button>
      </ButtonGroup>
    </form>
  );
}
