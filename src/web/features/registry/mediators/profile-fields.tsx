import { MEDIATOR_KINDS, SPECIALISMS, type MediatorKind, type Specialism } from '../../../../domain/registry/mediator-values.js';
import type { MediatorDetail, ProfileInput } from '../../../api/registry.js';
import type { MemberMunicipality } from '../../../api/types.js';
import { CheckboxGroup, SelectField, TextField } from '../../../components/form-field.js';
import { RadioGroup } from '../../../components/radio-group.js';
import type { FieldErrors } from '../../../hooks/use-form.js';
import { isIsoDay } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/i18n.js';
import type { Messages } from '../../../i18n/nl.js';
import { amsterdamToday, parseWholeNumber } from '../format.js';
import { LanguagePicker, readLanguages, toLanguageValue, type LanguageValue } from '../language-picker.js';

/** Member municipalities whose membership runs today: the ones a mediator can call home. */
export const currentMembers = (items: MemberMunicipality[], today = amsterdamToday()) =>
  items.filter((m) => m.memberSince <= today && (!m.memberUntil || m.memberUntil >= today));

/** The profile as typed in the form (numbers as text until they are checked). */
export interface ProfileState {
  municipalityId: string;
  department: string;
  kind: MediatorKind;
  specialisms: Specialism[];
  languages: LanguageValue;
  mfnRegisterNumber: string;
  registrationExpiresOn: string;
  upkeepCycleStart: string;
  maxConcurrentCases: string;
  hoursPerMonth: string;
}

export type ProfileField =
  | 'municipalityId'
  | 'department'
  | 'kind'
  | 'specialisms'
  | 'languages'
  | 'languagesOther'
  | 'mfnRegisterNumber'
  | 'registrationExpiresOn'
  | 'upkeepCycleStart'
  | 'maxConcurrentCases'
  | 'hoursPerMonth';

/** The ids of the inputs, named after the API's fields so server errors land on them. */
export const profileFieldIds = (prefix: string): Record<ProfileField, string> => ({
  municipalityId: `${prefix}-municipality`,
  department: `${prefix}-department`,
  kind: `${prefix}-kind`,
  specialisms: `${prefix}-specialisms`,
  languages: `${prefix}-languages`,
  languagesOther: `${prefix}-languages-others`,
  mfnRegisterNumber: `${prefix}-register`,
  registrationExpiresOn: `${prefix}-expires`,
  upkeepCycleStart: `${prefix}-cycle-start`,
  maxConcurrentCases: `${prefix}-max-cases`,
  hoursPerMonth: `${prefix}-hours`,
});

export const emptyProfile = (): ProfileState => ({
  municipalityId: '',
  department: '',
  kind: 'mediator',
  specialisms: [],
  languages: { common: ['nl'], others: '' },
  mfnRegisterNumber: '',
  registrationExpiresOn: '',
  upkeepCycleStart: '',
  maxConcurrentCases: '2',
  hoursPerMonth: '8',
});

export const profileFromDetail = (m: MediatorDetail): ProfileState => ({
  municipalityId: m.municipality?.id ?? '',
  department: m.department ?? '',
  kind: m.kind,
  specialisms: m.specialisms,
  languages: toLanguageValue(m.languages),
  mfnRegisterNumber: m.mfnRegisterNumber ?? '',
  registrationExpiresOn: m.registrationExpiresOn ?? '',
  upkeepCycleStart: m.upkeepCycleStart ?? '',
  maxConcurrentCases: m.maxConcurrentCases === null ? '' : String(m.maxConcurrentCases),
  hoursPerMonth: m.hoursPerMonth === null ? '' : String(m.hoursPerMonth),
});

/** Checks what the form can check itself; the rest (an expired registration, a taken number) is the server's. */
export function readProfile(p: ProfileState, t: Messages): { errors: FieldErrors<ProfileField>; input: ProfileInput & { municipalityId: string } } {
  const errors: FieldErrors<ProfileField> = {};
  if (!p.municipalityId) errors.municipalityId = t.registry.profileForm.chooseMunicipality;
  const languages = readLanguages(p.languages);
  if ('bad' in languages) errors.languagesOther = t.registry.languages.badCodes(languages.bad.join(', '));
  for (const field of ['registrationExpiresOn', 'upkeepCycleStart'] as const) {
    if (p[field] && !isIsoDay(p[field])) errors[field] = t.form.invalidDate;
  }
  const maxCases = parseWholeNumber(p.maxConcurrentCases);
  if (maxCases === undefined || maxCases < 0 || maxCases > 50) errors.maxConcurrentCases = t.registry.common.integerRange(0, 50);
  const hours = parseWholeNumber(p.hoursPerMonth);
  if (hours === undefined || hours < 0 || hours > 200) errors.hoursPerMonth = t.registry.common.integerRange(0, 200);
  return {
    errors,
    input: {
      municipalityId: p.municipalityId,
      department: p.department.trim() || null,
      kind: p.kind,
      specialisms: SPECIALISMS.filter((s) => p.specialisms.includes(s)),
      languages: 'codes' in languages ? languages.codes : [],
      mfnRegisterNumber: p.mfnRegisterNumber.trim() || null,
      registrationExpiresOn: p.registrationExpiresOn || null,
      upkeepCycleStart: p.upkeepCycleStart || null,
      maxConcurrentCases: maxCases ?? 0,
      hoursPerMonth: hours ?? 0,
    },
  };
}

/** Home municipality, department, kind, specialisms, languages, MfN register and capacity. */
export function ProfileFields({
  prefix,
  value,
  onChange,
  errors,
  municipalities,
}: {
  prefix: string;
  value: ProfileState;
  onChange(next: ProfileState): void;
  errors: FieldErrors<ProfileField>;
  municipalities: MemberMunicipality[];
}) {
  const { t } = useI18n();
  const f = t.registry.profileForm;
  const labels = t.registry.labels;
  const ids = profileFieldIds(prefix);
  const set = <K extends keyof ProfileState>(k: K, v: ProfileState[K]) => onChange({ ...value, [k]: v });

  return (
    <>
      <SelectField
        id={ids.municipalityId}
        name="municipalityId"
        label={f.municipality}
        hint={f.municipalityHint}
        required
        value={value.municipalityId}
        onChange={(e) => set('municipalityId', e.target.value)}
        error={errors.municipalityId}
      >
        <option value="">{f.chooseMunicipality}</option>
        {municipalities.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id={ids.department}
        name="department"
        label={f.department}
        hint={f.departmentHint}
        maxLength={200}
        autoComplete="off"
        width="md"
        value={value.department}
        onChange={(e) => set('department', e.target.value)}
        error={errors.department}
      />
      <RadioGroup
        id={ids.kind}
        name={`${prefix}-kind`}
        legend={f.kind}
        options={MEDIATOR_KINDS.map((k) => ({ value: k, label: labels.kind[k], hint: labels.kindHint[k] }))}
        value={value.kind}
        onChange={(k) => set('kind', k)}
        error={errors.kind}
      />
      <CheckboxGroup
        id={ids.specialisms}
        legend={f.specialisms}
        hint={f.specialismsHint}
        options={SPECIALISMS.map((s) => ({ value: s, label: labels.specialism[s] }))}
        value={value.specialisms}
        onChange={(v) => set('specialisms', v)}
        error={errors.specialisms}
      />
      <LanguagePicker id={ids.languages} value={value.languages} onChange={(v) => set('languages', v)} error={errors.languages} othersError={errors.languagesOther} />
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{f.registerLegend}</legend>
        <TextField
          id={ids.mfnRegisterNumber}
          name="mfnRegisterNumber"
          label={f.mfnRegisterNumber}
          maxLength={50}
          autoComplete="off"
          spellCheck={false}
          width="md"
          value={value.mfnRegisterNumber}
          onChange={(e) => set('mfnRegisterNumber', e.target.value)}
          error={errors.mfnRegisterNumber}
        />
        <div className="mp-reg-inline-fields">
          <TextField
            id={ids.registrationExpiresOn}
            name="registrationExpiresOn"
            type="date"
            label={f.registrationExpiresOn}
            hint={f.registrationHint}
            width="sm"
            value={value.registrationExpiresOn}
            onChange={(e) => set('registrationExpiresOn', e.target.value)}
            error={errors.registrationExpiresOn}
          />
          <TextField
            id={ids.upkeepCycleStart}
            name="upkeepCycleStart"
            type="date"
            label={f.upkeepCycleStart}
            hint={f.upkeepCycleStartHint}
            width="sm"
            value={value.upkeepCycleStart}
            onChange={(e) => set('upkeepCycleStart', e.target.value)}
            error={errors.upkeepCycleStart}
          />
        </div>
      </fieldset>
      <CapacityFields prefix={prefix} value={value} onChange={onChange} errors={errors} />
    </>
  );
}

/** Maximum concurrent cases and hours per month (also on the mediator's own page). */
export function CapacityFields({
  prefix,
  value,
  onChange,
  errors,
}: {
  prefix: string;
  value: Pick<ProfileState, 'maxConcurrentCases' | 'hoursPerMonth'>;
  onChange(next: Pick<ProfileState, 'maxConcurrentCases' | 'hoursPerMonth'> & Partial<ProfileState>): void;
  errors: FieldErrors<ProfileField>;
}) {
  const { t } = useI18n();
  const f = t.registry.profileForm;
  const ids = profileFieldIds(prefix);
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{f.capacityLegend}</legend>
      <div className="mp-reg-inline-fields">
        <TextField
          id={ids.maxConcurrentCases}
          name="maxConcurrentCases"
          label={f.maxConcurrentCases}
          inputMode="numeric"
          autoComplete="off"
          width="sm"
          required
          value={value.maxConcurrentCases}
          onChange={(e) => onChange({ ...value, maxConcurrentCases: e.target.value })}
          error={errors.maxConcurrentCases}
        />
        <TextField
          id={ids.hoursPerMonth}
          name="hoursPerMonth"
          label={f.hoursPerMonth}
          inputMode="numeric"
          autoComplete="off"
          width="sm"
          required
          value={value.hoursPerMonth}
          onChange={(e) => onChange({ ...value, hoursPerMonth: e.target.value })}
          error={errors.hoursPerMonth}
        />
      </div>
    </fieldset>
  );
}
