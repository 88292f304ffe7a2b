import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ACTIVITIES, logHours, type Activity, type HourDefaults } from '../../api/hours.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { SelectField, TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { useForm } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useI18n } from '../../i18n/i18n.js';
import { Notice } from '../registry/parts.js';
import { parseDuration } from './duration.js';

const FIELDS = { caseId: 'hours-case', date: 'hours-date', minutes: 'hours-time', activity: 'hours-activity', travelKm: 'hours-km', note: 'hours-note' } as const;
type Field = keyof typeof FIELDS;

/**
 * Fast hours entry: everything by keyboard. Enter in any field saves; afterwards the case and the
 * activity stay, the time, km and note are emptied and the focus goes back to the first field.
 */
export function HoursEntryForm({ defaults, onSaved }: { defaults: HourDefaults; onSaved(date: string): void }) {
  const { t } = useI18n();
  const h = t.hours.entry;
  const form = useForm<Field>('hours-form', FIELDS);
  const notice = useNotice();
  const firstRef = useRef<HTMLSelectElement>(null);
  const [caseId, setCaseId] = useState(defaults.caseId ?? (defaults.cases.length === 1 ? defaults.cases[0]!.id : ''));
  const [date, setDate] = useState(defaults.date);
  const [time, setTime] = useState('');
  const [activity, setActivity] = useState<Activity>(defaults.activity ?? 'session');
  const [km, setKm] = useState('');
  const [note, setNote] = useState('');

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    notice.clear();
    const problems: Partial<Record<Field, string>> = {};
    if (!caseId) problems.caseId = h.problems.caseRequired;
    if (!date) problems.date = h.problems.dateRequired;
    const duration = parseDuration(time);
    if ('problem' in duration) problems.minutes = h.problems[duration.problem];
    const kmText = km.trim();
    if (kmText && !/^\d{1,4}$/.test(kmText)) problems.travelKm = h.problems.kmFormat;
    if (Object.keys(problems).length > 0 || 'problem' in duration) {
      form.fail(problems);
      return;
    }
    const number = defaults.cases.find((c) => c.id === caseId)?.number ?? '';
    const ok = await form.submit(async () => {
      await logHours(caseId, { date, minutes: duration.minutes, activity, travelKm: kmText ? Number(kmText) : null, note: note.trim() || null });
    });
    if (!ok) return;
    setTime('');
    setKm('');
    setNote('');
    notice.show(h.saved(t.hours.duration(duration.minutes), number));
    firstRef.current?.focus();
    onSaved(date);
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
    <form id="hours-form" noValidate onSubmit={save} onKeyDown={onKeyDown} aria-describedby="hours-form-intro">
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
        <TextField id={FIELDS.date} type="date" label={h.date} required width="sm" value={date} error={form.errors.date} onChange={(e) => setDate(e.target.value)} />
        <TextField
          id={FIELDS.minutes}
          label={h.time}
          hint={h.timeHint}
          required
          width="sm"
          inputMode="numeric"
          autoComplete="off"
          value={time}
          error={form.errors.minutes}
          onChange={(e) => setTime(e.target.value)}
        />
        <SelectField id={FIELDS.activity} label={h.activity} required value={activity} error={form.errors.activity} onChange={(e) => setActivity(e.target.value as Activity)}>
          {ACTIVITIES.map((a) => (
            <option key={a} value={a}>
              {t.hours.activities[a]}
            </option>
          ))}
        </SelectField>
        <TextField id={FIELDS.travelKm} label={h.travelKm} width="sm" inputMode="numeric" autoComplete="off" value={km} error={form.errors.travelKm} onChange={(e) => setKm(e.target.value)} />
        <TextField id={FIELDS.note} label={h.note} autoComplete="off" value={note} error={form.errors.note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <Button type="submit" appearance="primary" busy={form.busy}>
        {h.submit}
      </Button>
      <Notice text={notice.notice} />
    </form>
  );
}
