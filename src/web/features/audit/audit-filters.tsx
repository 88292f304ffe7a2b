import { useEffect, useState, type FormEvent } from 'react';
import type { AuditResult } from '../../api/types.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { SelectField, TextField } from '../../components/form-field.js';
import { useForm, type FieldErrors } from '../../hooks/use-form.js';
import { isIsoDay } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n.js';
import { FilterActions } from '../../components/filter-actions.js';

/** The filters as they appear in the address: ?handeling=user.&wie=anouk&van=2026-01-01 */
export const AUDIT_FILTERS = ['handeling', 'object', 'wie', 'resultaat', 'van', 'tot'] as const;
type FilterKey = (typeof AUDIT_FILTERS)[number];

const RESULTS: AuditResult[] = ['success', 'denied', 'failure'];
export const isAuditResult = (v: string): v is AuditResult => (RESULTS as string[]).includes(v);

export function AuditFilters({ initial, onApply }: { initial: Record<FilterKey, string>; onApply(v: Partial<Record<FilterKey, string>>): void }) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState(initial);
  const form = useForm<'van' | 'tot'>('audit-filters', { van: 'audit-from', tot: 'audit-to' });
  const initialKey = AUDIT_FILTERS.map((k) => initial[k]).join('|');

  // Back and Forward change the address; the fields follow it.
  // initialKey stands for the six values of `initial` (a new object on every render).
  useEffect(() => setValues(initial), [initialKey]);

  const set = (key: FilterKey) => (e: { target: { value: string } }) => setValues((old) => ({ ...old, [key]: e.target.value }));
  const hasFilters = AUDIT_FILTERS.some((k) => initial[k]);
  // Actions by their words, alphabetically; an address that names another code keeps it selectable.
  const actionOptions = Object.entries(t.audit.actions).sort(([, a], [, b]) => a.localeCompare(b, locale));
  if (values.handeling && !t.audit.actions[values.handeling]) actionOptions.unshift([values.handeling, values.handeling]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldErrors<'van' | 'tot'> = {};
    if (values.van && !isIsoDay(values.van)) errors.van = t.form.invalidDate;
    if (values.tot && !isIsoDay(values.tot)) errors.tot = t.form.invalidDate;
    if (!errors.van && !errors.tot && values.van && values.tot && values.tot < values.van) errors.tot = t.form.endBeforeStart;
    if (errors.van || errors.tot) return form.fail(errors);
    form.clear();
    onApply({ ...values, handeling: values.handeling.trim(), wie: values.wie.trim() });
  };

  return (
    <>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-filters" role="search" aria-label={t.audit.filtersHeading} noValidate onSubmit={onSubmit}>
        <SelectField id="audit-action" name="handeling" label={t.audit.action} value={values.handeling} onChange={set('handeling')}>
          <option value="">{t.common.all}</option>
          {actionOptions.map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField id="audit-object" name="object" label={t.audit.objectType} value={values.object} onChange={set('object')}>
          <option value="">{t.common.all}</option>
          {Object.entries(t.audit.objectTypes).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField id="audit-actor" name="wie" label={t.audit.actor} hint={t.audit.actorHint} value={values.wie} onChange={set('wie')} width="md" />
        <SelectField id="audit-result" name="resultaat" label={t.audit.result} value={values.resultaat} onChange={set('resultaat')}>
          <option value="">{t.common.all}</option>
          {RESULTS.map((r) => (
            <option key={r} value={r}>
              {t.audit.results[r]}
            </option>
          ))}
        </SelectField>
        <TextField id="audit-from" name="van" type="date" label={t.audit.from} value={values.van} onChange={set('van')} error={form.errors.van} width="sm" />
        <TextField id="audit-to" name="tot" type="date" label={t.audit.to} value={values.tot} onChange={set('tot')} error={form.errors.tot} width="sm" />
        <FilterActions submitLabel={t.common.filter} onClear={hasFilters ? () => onApply({}) : undefined} />
      </form>
    </>
  );
}
