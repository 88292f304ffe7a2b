import { useEffect, useState, type FormEvent } from 'react';
import { CLOCK_STATES } from '../../../domain/calendar/clock-state.js';
import { CASE_STATUSES, type CaseStatus } from '../../../domain/cases/case-status.js';
import { CASE_TYPES } from '../../../domain/cases/case-vocabulary.js';
import type { MemberMunicipality } from '../../api/types.js';
import { CheckboxGroup, SelectField, TextField } from '../../components/form-field.js';
import { useI18n } from '../../i18n/i18n.js';
import { CASE_FILTERS, CLOCK_SLUGS, DEFAULT_SORT, parseStatuses, SORTS, type CaseFilterValues, type SortKey } from './case-list-query.js';
import { FilterActions } from '../../components/filter-actions.js';

/** The filter form of the case list; applying it writes the choices into the address. */
export function CaseFilters({
  initial,
  municipalities,
  onApply,
}: {
  initial: CaseFilterValues;
  /** Null hides the municipality filter (a contact only sees their own municipality's cases). */
  municipalities: MemberMunicipality[] | null;
  onApply(values: Partial<CaseFilterValues>): void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const [statuses, setStatuses] = useState<CaseStatus[]>(parseStatuses(initial.status));
  const initialKey = CASE_FILTERS.map((k) => initial[k]).join('|');

  // Back and Forward change the address; the fields follow it.
  // initialKey stands for the values of `initial` (a new object on every render).
  useEffect(() => {
    setValues(initial);
    setStatuses(parseStatuses(initial.status));
  }, [initialKey]);

  const set = (key: keyof CaseFilterValues) => (e: { target: { value: string } }) => setValues((old) => ({ ...old, [key]: e.target.value }));
  const hasFilters = CASE_FILTERS.some((k) => initial[k]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    // Statuses in the fixed lifecycle order, so the same choice always gives the same address.
    const status = CASE_STATUSES.filter((s) => statuses.includes(s)).join(',');
    onApply({ ...values, status, q: values.q.trim(), sorteren: values.sorteren === DEFAULT_SORT ? '' : values.sorteren });
  };

  return (
    <form className="mp-filters mp-case-filters" role="search" aria-label={t.cases.list.filtersLabel} noValidate onSubmit={onSubmit}>
      <TextField id="cases-q" type="search" name="q" label={t.cases.list.search} value={values.q} onChange={set('q')} maxLength={200} />
      <SelectField id="cases-type" name="soort" label={t.cases.list.caseType} value={values.soort} onChange={set('soort')}>
        <option value="">{t.common.all}</option>
        {CASE_TYPES.map((c) => (
          <option key={c} value={c}>
            {t.cases.caseTypes[c]}
          </option>
        ))}
      </SelectField>
      {municipalities && (
        <SelectField id="cases-municipality" name="gemeente" label={t.cases.list.municipality} value={values.gemeente} onChange={set('gemeente')}>
          <option value="">{t.common.all}</option>
          {municipalities.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField id="cases-clock" name="termijn" label={t.cases.list.clockState} value={values.termijn} onChange={set('termijn')}>
        <option value="">{t.common.all}</option>
        {CLOCK_STATES.map((c) => (
          <option key={c} value={CLOCK_SLUGS[c]}>
            {t.cases.clockStates[c]}
          </option>
        ))}
      </SelectField>
      <SelectField id="cases-sort" className="mp-case-filters__sort" name="sorteren" label={t.cases.list.sort} value={values.sorteren || DEFAULT_SORT} onChange={set('sorteren')}>
        {(Object.keys(SORTS) as SortKey[]).map((k) => (
          <option key={k} value={k}>
            {t.cases.list.sorts[k]}
          </option>
        ))}
      </SelectField>
      <div className="mp-case-filters__statuses">
        <CheckboxGroup
          id="cases-status"
          legend={t.cases.list.statusLegend}
          hint={t.cases.list.statusHint}
          options={CASE_STATUSES.map((s) => ({ value: s, label: t.cases.statuses[s] }))}
          value={statuses}
          onChange={setStatuses}
        />
      </div>
      <FilterActions submitLabel={t.common.filter} onClear={hasFilters ? () => onApply({}) : undefined} />
    </form>
  );
}
