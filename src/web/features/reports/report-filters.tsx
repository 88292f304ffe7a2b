import { useEffect, useState, type FormEvent } from 'react';
import type { MemberMunicipality } from '../../api/types.js';
import { SelectField, TextField } from '../../components/form-field.js';
import { useI18n } from '../../i18n/i18n.js';
import { FilterActions } from '../../components/filter-actions.js';

export interface ReportFilterValues {
  van: string;
  tot: string;
  gemeente: string;
}
/** The address's keys: the period, the municipality and the part of the report shown (`onderdeel`). */
export const REPORT_FILTERS = ['van', 'tot', 'gemeente', 'onderdeel'] as const;

/**
 * The period (from and to) and, for people who see the whole pool, the municipality. Applying
 * writes the choice into the address; the server's objections appear at the fields.
 */
export function ReportFilters({
  initial,
  municipalities,
  fixedMunicipality,
  errors,
  onApply,
}: {
  initial: ReportFilterValues;
  /** Null: no choice (a contact sees their own municipality, shown as fixedMunicipality). */
  municipalities: MemberMunicipality[] | null;
  fixedMunicipality: string | null;
  errors: Partial<Record<'from' | 'to' | 'municipalityId', string>>;
  onApply(values: Partial<ReportFilterValues>): void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const initialKey = [initial.van, initial.tot, initial.gemeente].join('|');
  // Back and Forward change the address; the fields follow it.
  useEffect(() => setValues(initial), [initialKey]);
  const set = (key: keyof ReportFilterValues) => (e: { target: { value: string } }) => setValues((old) => ({ ...old, [key]: e.target.value }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onApply({ van: values.van.trim(), tot: values.tot.trim(), gemeente: values.gemeente });
  };

  return (
    <form className="mp-filters mp-report-filters" aria-label={t.reports.page.filtersLabel} noValidate onSubmit={onSubmit}>
      <TextField id="report-from" type="date" name="van" label={t.reports.page.from} hint={t.reports.page.dateHint} value={values.van} onChange={set('van')} error={errors.from} />
      <TextField id="report-to" type="date" name="tot" label={t.reports.page.to} hint={t.reports.page.dateHint} value={values.tot} onChange={set('tot')} error={errors.to} />
      {municipalities ? (
        <SelectField id="report-municipality" name="gemeente" label={t.reports.page.municipality} value={values.gemeente} onChange={set('gemeente')} error={errors.municipalityId}>
          <option value="">{t.reports.page.wholePool}</option>
          {municipalities.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
      ) : (
        fixedMunicipality && <TextField id="report-municipality" label={t.reports.page.ownMunicipality} value={fixedMunicipality} readOnly />
      )}
      <FilterActions submitLabel={t.reports.page.show} />
    </form>
  );
}
