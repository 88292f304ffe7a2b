import type { ReactNode } from 'react';
import { ACTIVITIES, type Activity } from '../../api/hours.js';
import { SelectField, TextField } from '../../components/form-field.js';
import type { FieldErrors } from '../../hooks/use-form.js';
import { useI18n } from '../../i18n/i18n.js';
import type { HourField, HourValues } from './hour-values.js';

/** A time typed as minutes or hours:minutes: numeric keyboard on phones, no browser suggestions. */
export function DurationField({ id, label, hint, value, error, onChange }: { id: string; label: ReactNode; hint: ReactNode; value: string; error: string | undefined; onChange(value: string): void }) {
  return <TextField id={id} label={label} hint={hint} required width="sm" inputMode="numeric" autoComplete="off" value={value} error={error} onChange={(e) => onChange(e.target.value)} />;
}

/** Date, time, activity, kilometres and note of one entry: the same fields when logging and when changing hours. */
export function HourFields({
  ids,
  values,
  errors,
  onChange,
}: {
  ids: Record<HourField, string>;
  values: HourValues;
  errors: FieldErrors<HourField>;
  onChange(values: HourValues): void;
}) {
  const { t } = useI18n();
  const h = t.hours.entry;
  const set = (change: Partial<HourValues>) => onChange({ ...values, ...change });
  return (
    <>
      <TextField id={ids.date} type="date" label={h.date} required width="sm" value={values.date} error={errors.date} onChange={(e) => set({ date: e.target.value })} />
      <DurationField id={ids.minutes} label={h.time} hint={h.timeHint} value={values.time} error={errors.minutes} onChange={(time) => set({ time })} />
      <SelectField id={ids.activity} label={h.activity} required value={values.activity} error={errors.activity} onChange={(e) => set({ activity: e.target.value as Activity })}>
        {ACTIVITIES.map((a) => (
          <option key={a} value={a}>
            {t.hours.activities[a]}
          </option>
        ))}
      </SelectField>
      <TextField id={ids.travelKm} label={h.travelKm} width="sm" inputMode="numeric" autoComplete="off" value={values.km} error={errors.travelKm} onChange={(e) => set({ km: e.target.value })} />
      <TextField id={ids.note} label={h.note} autoComplete="off" value={values.note} error={errors.note} onChange={(e) => set({ note: e.target.value })} />
    </>
  );
}
