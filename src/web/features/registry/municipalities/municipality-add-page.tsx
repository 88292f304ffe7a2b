import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { CBS_CODE_PATTERN, normaliseCbsCode } from '../../../../domain/registry/cbs-code.js';
import { addMunicipality } from '../../../api/registry.js';
import { ApiError } from '../../../api/problem.js';
import { Button } from '../../../components/button.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { TextField } from '../../../components/form-field.js';
import { Paragraph } from '../../../components/heading.js';
import { Page } from '../../../components/page.js';
import { useForm, type FieldErrors } from '../../../hooks/use-form.js';
import { describeError } from '../../../i18n/describe-error.js';
import { isIsoDay } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/i18n.js';
import { amsterdamToday, parseCoordinate } from '../format.js';
import { BackLink } from '../parts.js';
import { ReferencePicker } from './reference-picker.js';

export const MUNICIPALITY_FIELD_IDS = {
  code: 'municipality-code',
  name: 'municipality-name',
  province: 'municipality-province',
  latitude: 'municipality-latitude',
  longitude: 'municipality-longitude',
  memberSince: 'municipality-since',
  memberUntil: 'municipality-until',
};
export type MunicipalityField = keyof typeof MUNICIPALITY_FIELD_IDS;

/** Client checks shared by adding and editing; the server checks the same and more. */
export function checkMunicipalityFields(
  v: { name: string; latitude: string; longitude: string; memberSince: string; memberUntil: string },
  t: ReturnType<typeof useI18n>['t'],
): FieldErrors<MunicipalityField> {
  const a = t.registry.municipalityAdd;
  const errors: FieldErrors<MunicipalityField> = {};
  if (!v.name.trim()) errors.name = t.form.requiredField;
  if (parseCoordinate(v.latitude) === undefined) errors.latitude = a.latitudeInvalid;
  if (parseCoordinate(v.longitude) === undefined) errors.longitude = a.longitudeInvalid;
  if (!v.memberSince) errors.memberSince = t.registry.common.dateField;
  else if (!isIsoDay(v.memberSince)) errors.memberSince = t.form.invalidDate;
  if (v.memberUntil && !isIsoDay(v.memberUntil)) errors.memberUntil = t.form.invalidDate;
  return errors;
}

export function MunicipalityAddPage() {
  const { t, locale } = useI18n();
  const a = t.registry.municipalityAdd;
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [province, setProvince] = useState('');
  const [latitude, setLatitude] = useState('');
  const [longitude, setLongitude] = useState('');
  const [memberSince, setMemberSince] = useState(amsterdamToday());
  const [memberUntil, setMemberUntil] = useState('');
  const form = useForm<MunicipalityField>('municipality-add', MUNICIPALITY_FIELD_IDS);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const errors = checkMunicipalityFields({ name, latitude, longitude, memberSince, memberUntil }, t);
    const normalised = normaliseCbsCode(code);
    if (!normalised) errors.code = t.form.requiredField;
    else if (!CBS_CODE_PATTERN.test(normalised)) errors.code = a.codeInvalid;
    if (Object.keys(errors).length > 0) return form.fail(errors);
    await form.submit(async () => {
      try {
        const added = await addMunicipality({
          code: normalised,
          name: name.trim(),
          province: province.trim() || null,
          latitude: parseCoordinate(latitude) ?? null,
          longitude: parseCoordinate(longitude) ?? null,
          memberSince,
          memberUntil: memberUntil || null,
        });
        void navigate('/register/gemeenten', { state: { notice: a.added(added.name) } });
      } catch (err) {
        // "Already a member" is about the code: show it at that field.
        if (err instanceof ApiError && err.slug === 'duplicate') form.fail({ code: describeError(err, t, locale) });
        else throw err;
      }
    });
  };

  return (
    <Page title={a.title}>
      <BackLink to="/register/gemeenten">{a.backToList}</BackLink>
      <Paragraph lead>{a.intro}</Paragraph>
      <ReferencePicker
        selected={normaliseCbsCode(code)}
        onSelect={(m) => {
          setCode(m.code);
          setName(m.name);
          setProvince(m.province);
          setLatitude(String(m.latitude));
          setLongitude(String(m.longitude));
        }}
      />
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{a.detailsLegend}</legend>
          <TextField
            id={MUNICIPALITY_FIELD_IDS.code}
            name="code"
            label={a.code}
            hint={a.codeHint}
            required
            autoComplete="off"
            spellCheck={false}
            width="sm"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={form.errors.code}
          />
          <MunicipalityDetailFields
            errors={form.errors}
            values={{ name, province, latitude, longitude, memberSince, memberUntil }}
            set={{ name: setName, province: setProvince, latitude: setLatitude, longitude: setLongitude, memberSince: setMemberSince, memberUntil: setMemberUntil }}
          />
        </fieldset>
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? a.submitting : a.submit}
        </Button>
      </form>
    </Page>
  );
}

type DetailKey = 'name' | 'province' | 'latitude' | 'longitude' | 'memberSince' | 'memberUntil';

/** Name, province, location and membership dates: the same fields when adding and editing. */
export function MunicipalityDetailFields({
  values,
  set,
  errors,
  withUntil = true,
}: {
  values: Record<DetailKey, string>;
  set: Record<DetailKey, (v: string) => void>;
  errors: FieldErrors<MunicipalityField>;
  withUntil?: boolean;
}) {
  const { t } = useI18n();
  const a = t.registry.municipalityAdd;
  const ids = MUNICIPALITY_FIELD_IDS;
  return (
    <>
      <TextField id={ids.name} name="name" label={a.name} required maxLength={200} autoComplete="off" value={values.name} onChange={(e) => set.name(e.target.value)} error={errors.name} />
      <TextField id={ids.province} name="province" label={a.province} maxLength={100} autoComplete="off" width="md" value={values.province} onChange={(e) => set.province(e.target.value)} error={errors.province} />
      <div className="mp-reg-inline-fields">
        <TextField
          id={ids.latitude}
          name="latitude"
          label={a.latitude}
          hint={a.latitudeHint}
          inputMode="decimal"
          autoComplete="off"
          width="sm"
          value={values.latitude}
          onChange={(e) => set.latitude(e.target.value)}
          error={errors.latitude}
        />
        <TextField
          id={ids.longitude}
          name="longitude"
          label={a.longitude}
          hint={a.longitudeHint}
          inputMode="decimal"
          autoComplete="off"
          width="sm"
          value={values.longitude}
          onChange={(e) => set.longitude(e.target.value)}
          error={errors.longitude}
        />
      </div>
      <div className="mp-reg-inline-fields">
        <TextField
          id={ids.memberSince}
          name="memberSince"
          type="date"
          label={a.memberSince}
          required
          width="sm"
          value={values.memberSince}
          onChange={(e) => set.memberSince(e.target.value)}
          error={errors.memberSince}
        />
        {withUntil && (
          <TextField
            id={ids.memberUntil}
            name="memberUntil"
            type="date"
            label={a.memberUntil}
            hint={a.memberUntilHint}
            width="sm"
            value={values.memberUntil}
            onChange={(e) => set.memberUntil(e.target.value)}
            error={errors.memberUntil}
          />
        )}
      </div>
    </>
  );
}
