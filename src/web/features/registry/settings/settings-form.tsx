import { useState, type FormEvent } from 'react';
import { POOL_ROUTES, type TriageRoute } from '../../../../domain/cases/triage-routes.js';
import { updatePoolSettings, type PoolSettings, type PoolSettingsChanges, type SettlementMode, type SettlementPeriod } from '../../../api/registry.js';
import { Button } from '../../../components/button.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { CheckboxField, CheckboxGroup, SelectField, TextField } from '../../../components/form-field.js';
import { RadioGroup } from '../../../components/radio-group.js';
import { TextAreaField } from '../../../components/textarea-field.js';
import { looksLikeEmail, useForm, type FieldErrors } from '../../../hooks/use-form.js';
import { useNotice } from '../../../hooks/use-notice.js';
import { isIsoDay } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/i18n.js';
import { parseWholeNumber } from '../format.js';
import { Notice } from '../parts.js';
import { useBranding } from '../../../app/branding.js';
import { useMayOpen } from '../../../app/require-auth.js';
import { AppLink } from '../../../components/link.js';

const FIELD_IDS = {
  name: 'settings-name',
  settlementMode: 'settings-mode',
  settlementPeriod: 'settings-period',
  normFirstContactDays: 'settings-norm-first',
  normAssignmentDays: 'settings-norm-assignment',
  normConclusionDays: 'settings-norm-conclusion',
  goodFridayIsDayOff: 'settings-good-friday',
  liberationDayIsDayOff: 'settings-liberation-day',
  allowDifferentDepartment: 'settings-department',
  requireSecondFactor: 'settings-second-factor',
  compareWithOtherPools: 'settings-compare-pools',
  retentionMonths: 'settings-retention',
  aftercareWeeks: 'settings-aftercare',
  leadAfterCoMediations: 'settings-lead-after',
  intervisionPointsPerHour: 'settings-intervision-points',
  covenantSignedOn: 'settings-covenant-date',
  covenantDescription: 'settings-covenant-description',
  exemptRoutes: 'settings-exempt-routes',
  contactEmail: 'settings-contact-email',
  contactPhone: 'settings-contact-phone',
};
type Field = keyof typeof FIELD_IDS;

/** The whole-number settings with the limits the API accepts. */
const NUMBERS = {
  normFirstContactDays: [1, 365],
  normAssignmentDays: [1, 365],
  normConclusionDays: [1, 730],
  retentionMonths: [1, 240],
  aftercareWeeks: [0, 52],
  leadAfterCoMediations: [1, 20],
} as const;
type NumberField = keyof typeof NUMBERS;

const SETTLEMENT_MODES: SettlementMode[] = ['hourly', 'none'];
const PERIODS: SettlementPeriod[] = ['month', 'quarter', 'year'];

const sameRoutes = (a: TriageRoute[], b: TriageRoute[]) => a.length === b.length && a.every((r) => b.includes(r));
/** Intervision points per hour: 0.25 to 10 in quarters, with a comma or a point ("1,5"); undefined when not. */
export function parsePointsPerHour(v: string): number | undefined {
  const t = v.trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(t)) return undefined;
  const n = Number(t);
  return n >= 0.25 && n <= 10 && Number.isInteger(n * 4) ? n : undefined;
}

/** The characters the API accepts in a telephone number. */
const looksLikePhone = (v: string) => /^[0-9+() -]{6,40}$/.test(v);

/**
 * The administrator's form for the pool's settings: one PATCH for all of them, including (only
 * when changed) the routes that may start without a signed mediation agreement.
 */
export function SettingsForm({
  settings,
  exemptRoutes,
  onSaved,
  onExemptRoutesSaved,
}: {
  settings: PoolSettings;
  exemptRoutes: TriageRoute[];
  onSaved(next: PoolSettings): void;
  onExemptRoutesSaved(next: TriageRoute[]): void;
}) {
  const { t } = useI18n();
  const s = t.registry.settings;
  const labels = t.registry.labels;
  const [name, setName] = useState(settings.name);
  const [mode, setMode] = useState<SettlementMode>(settings.settlementMode);
  const [period, setPeriod] = useState<SettlementPeriod>(settings.settlementPeriod);
  const [numbers, setNumbers] = useState<Record<NumberField, string>>({
    normFirstContactDays: String(settings.normFirstContactDays),
    normAssignmentDays: String(settings.normAssignmentDays),
    normConclusionDays: String(settings.normConclusionDays),
    retentionMonths: String(settings.retentionMonths),
    aftercareWeeks: String(settings.aftercareWeeks),
    leadAfterCoMediations: String(settings.leadAfterCoMediations),
  });
  const [pointsPerHour, setPointsPerHour] = useState(String(settings.intervisionPointsPerHour).replace('.', ','));
  const [allowDepartment, setAllowDepartment] = useState(settings.allowDifferentDepartment);
  const [requireSecondFactor, setRequireSecondFactor] = useState(settings.requireSecondFactor);
  const [compareWithOtherPools, setCompareWithOtherPools] = useState(settings.compareWithOtherPools);
  const [goodFridayOff, setGoodFridayOff] = useState(settings.goodFridayIsDayOff);
  const [liberationDayOff, setLiberationDayOff] = useState(settings.liberationDayIsDayOff);
  const [signedOn, setSignedOn] = useState(settings.covenantSignedOn ?? '');
  const [description, setDescription] = useState(settings.covenantDescription ?? '');
  const [exempt, setExempt] = useState<TriageRoute[]>(exemptRoutes);
  const [contactEmail, setContactEmail] = useState(settings.contactEmail ?? '');
  const [contactPhone, setContactPhone] = useState(settings.contactPhone ?? '');
  const form = useForm<Field>('settings', FIELD_IDS);
  const saved = useNotice();
  const branding = useBranding();
  const mayOpen = useMayOpen();

  const numberField = (field: NumberField, label: string, hint?: string) => (
    <TextField
      id={FIELD_IDS[field]}
      name={field}
      label={label}
      hint={hint}
      inputMode="numeric"
      autoComplete="off"
      width="sm"
      required
      value={numbers[field]}
      onChange={(e) => setNumbers((n) => ({ ...n, [field]: e.target.value }))}
      error={form.errors[field]}
    />
  );

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    saved.clear();
    const errors: FieldErrors<Field> = {};
    if (!name.trim()) errors.name = t.form.requiredField;
    const parsed: Partial<Record<NumberField, number>> = {};
    for (const field of Object.keys(NUMBERS) as NumberField[]) {
      const [min, max] = NUMBERS[field];
      const n = parseWholeNumber(numbers[field]);
      if (n === undefined || n < min || n > max) errors[field] = t.registry.common.integerRange(min, max);
      else parsed[field] = n;
    }
    const perHour = parsePointsPerHour(pointsPerHour);
    if (perHour === undefined) errors.intervisionPointsPerHour = s.intervisionPointsPerHourInvalid;
    if (signedOn && !isIsoDay(signedOn)) errors.covenantSignedOn = t.form.invalidDate;
    if (contactEmail.trim() && !looksLikeEmail(contactEmail)) errors.contactEmail = t.form.invalidEmail;
    if (contactPhone.trim() && !looksLikePhone(contactPhone.trim())) errors.contactPhone = s.contactPhoneInvalid;
    if (Object.keys(errors).length > 0) return form.fail(errors);

    const exemptChanged = !sameRoutes(exempt, exemptRoutes);
    await form.submit(async () => {
      const next = await updatePoolSettings({
        name: name.trim(),
        settlementMode: mode,
        settlementPeriod: period,
        normFirstContactDays: parsed.normFirstContactDays!,
        normAssignmentDays: parsed.normAssignmentDays!,
        normConclusionDays: parsed.normConclusionDays!,
        goodFridayIsDayOff: goodFridayOff,
        liberationDayIsDayOff: liberationDayOff,
        retentionMonths: parsed.retentionMonths!,
        aftercareWeeks: parsed.aftercareWeeks!,
        leadAfterCoMediations: parsed.leadAfterCoMediations!,
        intervisionPointsPerHour: perHour!,
        allowDifferentDepartment: allowDepartment,
        requireSecondFactor,
        compareWithOtherPools,
        covenantSignedOn: signedOn || null,
        covenantDescription: description.trim() || null,
        contactEmail: contactEmail.trim() || null,
        contactPhone: contactPhone.trim() || null,
        // Saved in the same transaction as the rest, so a failure leaves both as they were.
        // The checkboxes offer only POOL_ROUTES, the routes the contract accepts here.
        ...(exemptChanged ? { mediationAgreementExemptRoutes: exempt as NonNullable<PoolSettingsChanges['mediationAgreementExemptRoutes']> } : {}),
      });
      onSaved(next);
      // The header and footer show the pool's name and contact: fetched again, so they follow now.
      branding.reload();
      if (exemptChanged) onExemptRoutesSaved([...exempt].sort());
      saved.show(s.saved);
    });
  };

  return (
    <>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField id={FIELD_IDS.name} name="name" label={s.name} required maxLength={200} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={form.errors.name} />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset" aria-describedby="settings-contact-hint">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{s.contactLegend}</legend>
          <p className="utrecht-form-field__description mp-muted" id="settings-contact-hint">
            {s.contactHint}
          </p>
          <TextField
            id={FIELD_IDS.contactEmail}
            name="contactEmail"
            type="email"
            label={s.contactEmail}
            autoComplete="off"
            inputMode="email"
            spellCheck={false}
            maxLength={254}
            value={contactEmail}
            onChange={(e) => setContactEmail(e.target.value)}
            error={form.errors.contactEmail}
          />
          <TextField
            id={FIELD_IDS.contactPhone}
            name="contactPhone"
            type="tel"
            label={s.contactPhone}
            autoComplete="off"
            width="sm"
            maxLength={40}
            value={contactPhone}
            onChange={(e) => setContactPhone(e.target.value)}
            error={form.errors.contactPhone}
          />
        </fieldset>
        <RadioGroup
          id={FIELD_IDS.settlementMode}
          name="settlementMode"
          legend={s.settlementMode}
          options={SETTLEMENT_MODES.map((m) => ({ value: m, label: labels.settlementMode[m], hint: labels.settlementModeHint[m] }))}
          value={mode}
          onChange={setMode}
          error={form.errors.settlementMode}
        />
        <SelectField
          id={FIELD_IDS.settlementPeriod}
          name="settlementPeriod"
          label={s.settlementPeriod}
          hint={s.settlementPeriodHint}
          value={period}
          onChange={(e) => setPeriod(e.target.value as SettlementPeriod)}
          error={form.errors.settlementPeriod}
        >
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {labels.settlementPeriod[p]}
            </option>
          ))}
        </SelectField>

        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset" aria-describedby="settings-norms-hint">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{s.normsLegend}</legend>
          <p className="utrecht-form-field__description mp-muted" id="settings-norms-hint">
            {s.normsHint}
          </p>
          {numberField('normFirstContactDays', s.normFirstContact)}
          {numberField('normAssignmentDays', s.normAssignment)}
          {numberField('normConclusionDays', s.normConclusion)}
          <CheckboxField
            id={FIELD_IDS.goodFridayIsDayOff}
            name="goodFridayIsDayOff"
            label={s.goodFridayDayOff}
            hint={s.goodFridayHint}
            checked={goodFridayOff}
            onChange={(e) => setGoodFridayOff(e.target.checked)}
            error={form.errors.goodFridayIsDayOff}
          />
          <CheckboxField
            id={FIELD_IDS.liberationDayIsDayOff}
            name="liberationDayIsDayOff"
            label={s.liberationDayDayOff}
            hint={s.liberationDayHint}
            checked={liberationDayOff}
            onChange={(e) => setLiberationDayOff(e.target.checked)}
            error={form.errors.liberationDayIsDayOff}
          />
        </fieldset>

        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{s.conflictLegend}</legend>
          <CheckboxField
            id={FIELD_IDS.allowDifferentDepartment}
            name="allowDifferentDepartment"
            label={s.allowDifferentDepartment}
            hint={s.allowDifferentDepartmentHint}
            checked={allowDepartment}
            onChange={(e) => setAllowDepartment(e.target.checked)}
            error={form.errors.allowDifferentDepartment}
          />
        </fieldset>

        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{s.securityLegend}</legend>
          <CheckboxField
            id={FIELD_IDS.requireSecondFactor}
            name="requireSecondFactor"
            label={s.requireSecondFactor}
            hint={s.requireSecondFactorHint}
            checked={requireSecondFactor}
            onChange={(e) => setRequireSecondFactor(e.target.checked)}
            error={form.errors.requireSecondFactor}
          />
        </fieldset>

        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{s.compareLegend}</legend>
          <CheckboxField
            id={FIELD_IDS.compareWithOtherPools}
            name="compareWithOtherPools"
            label={s.compareWithOtherPools}
            hint={s.compareWithOtherPoolsHint}
            checked={compareWithOtherPools}
            onChange={(e) => setCompareWithOtherPools(e.target.checked)}
            error={form.errors.compareWithOtherPools}
          />
          {mayOpen('pool-benchmark.read') && (
            <p className="utrecht-paragraph">
              <AppLink to="/rapportages/pools-vergelijken">{s.compareLink}</AppLink>
            </p>
          )}
        </fieldset>

        <CheckboxGroup
          id={FIELD_IDS.exemptRoutes}
          legend={s.agreementExemptLegend}
          hint={s.agreementExemptHint}
          options={POOL_ROUTES.map((r) => ({ value: r, label: t.cases.routes[r] ?? r }))}
          value={exempt}
          onChange={setExempt}
          error={form.errors.exemptRoutes}
        />

        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{s.retentionLegend}</legend>
          {numberField('retentionMonths', s.retentionMonths)}
          {numberField('aftercareWeeks', s.aftercareWeeks, s.aftercareHint)}
          {numberField('leadAfterCoMediations', s.leadAfterCoMediations, s.leadAfterCoMediationsHint)}
        </fieldset>

        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{s.educationLegend}</legend>
          <TextField
            id={FIELD_IDS.intervisionPointsPerHour}
            name="intervisionPointsPerHour"
            label={s.intervisionPointsPerHour}
            hint={s.intervisionPointsPerHourHint}
            inputMode="decimal"
            autoComplete="off"
            width="sm"
            required
            value={pointsPerHour}
            onChange={(e) => setPointsPerHour(e.target.value)}
            error={form.errors.intervisionPointsPerHour}
          />
        </fieldset>

        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{s.covenantLegend}</legend>
          <TextField
            id={FIELD_IDS.covenantSignedOn}
            name="covenantSignedOn"
            type="date"
            label={s.covenantSignedOn}
            width="sm"
            value={signedOn}
            onChange={(e) => setSignedOn(e.target.value)}
            error={form.errors.covenantSignedOn}
          />
          <TextAreaField
            id={FIELD_IDS.covenantDescription}
            name="covenantDescription"
            label={s.covenantDescription}
            hint={s.covenantDescriptionHint}
            maxLength={2000}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            error={form.errors.covenantDescription}
          />
        </fieldset>

        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.common.saving : t.common.save}
        </Button>
      </form>
      <Notice text={saved.notice} />
    </>
  );
}
