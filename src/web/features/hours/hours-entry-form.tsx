import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { logHours, type HourDefaults } from '../../api/hours.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { SelectField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { useForm } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useI18n } from '../../i18n/i18n.js';
import { Notice } from '../registry/parts.js';
import { HourFields } from './hour-fields.js';
import { hourFieldIds, hourProblemMessages, parseHourValues, type HourValues } from './hour-values.js';

const FIELDS = { caseId: 'hours-case', ...hourFieldIds('hours') } as const;
type Field = keyof typeof FIELDS;

/**
 * Fast hours entry: everything by keyboard. Enter in any field saves; afterwards the case and the
 * activity stay, the time, km and note are emptied and the focus goes back to the first field.
 */
/**
 * `chosenCaseId`: the case the person chose before coming here (a case page's "Uren schrijven");
 * used only when it is one of their running cases. Otherwise no case is chosen in advance.
 */
export function HoursEntryForm({ defaults, chosenCaseId, onSaved }: { defaults: HourDefaults; chosenCaseId?: string; onSaved(date: string): void }) {
  const { t } = useI18n();
  const h = t.hours.entry;
  const form = useForm<Field>('hours-form', FIELDS);
  const notice = useNotice();
  const firstRef = useRef<HTMLSelectElement>(null);
  // No case is chosen in advance: hours on the wrong case are worse than one more choice.
  const [caseId, setCaseId] = useState(() => (chosenCaseId && defaults.cases.some((c) => c.id === chosenCaseId) ? chosenCaseId : ''));
  const [values, setValues] = useState<HourValues>({ date: defaults.date, time: '', activity: defaults.activity ?? 'session', km: '', note: '' });

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    notice.clear();
    const parsed = parseHourValues(values);
    if (!caseId || 'problems' in parsed) {
      form.fail({ ...(caseId ? {} : { caseId: h.problems.caseRequired }), ...('problems' in parsed ? hourProblemMessages(parsed.problems, h.problems) : {}) });
      return;
    }
    const { input } = parsed;
    const number = defaults.cases.find((c) => c.id === caseId)?.number ?? '';
    const ok = await form.submit(async () => {
      await logHours(caseId, input);
    });
    if (!ok) return;
    setValues((v) => ({ ...v, time: '', km: '', note: '' }));
    notice.show(h.saved(t.hours.duration(input.minutes), number));
    firstRef.current?.focus();
    onSaved(input.date);
  };

  // Enter on a select does not submit a form by itself; here it does, like in the text fields.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      void save();
    }
  };

  if (defaults.cases.length === 0) return <Paragraph>{h.noCases}</Paragraph>;

  return (
    <form id="hours-form" noValidate onSubmit={(e) => void save(e)} onKeyDown={onKeyDown} aria-describedby="hours-form-intro">
      <Paragraph id="hours-form-intro">{h.formIntro}</Paragraph>
      <ErrorSummary {...form.summaryProps} />
      <div className="mp-hours-form__row">
        <SelectField id={FIELDS.caseId} ref={firstRef} label={h.case} required value={caseId} error={form.errors.caseId} onChange={(e) => setCaseId(e.target.value)}>
          <option value="">{h.chooseCase}</option>
          {defaults.cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.number} – {c.title}
            </option>
          ))}
        </SelectField>
        <HourFields ids={FIELDS} values={values} errors={form.errors} onChange={setValues} />
      </div>
      <Button type="submit" appearance="primary" busy={form.busy}>
        {h.submit}
      </Button>
      <Notice text={notice.notice} />
    </form>
  );
}
