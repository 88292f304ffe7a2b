import { useState, type FormEvent } from 'react';
import { ACTIVITIES, updateHours, type Activity, type HourEntry } from '../../api/hours.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { SelectField, TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { useForm } from '../../hooks/use-form.js';
import { useI18n } from '../../i18n/i18n.js';
import { DialogButtons, DialogFrame } from '../../components/dialog-frame.js';
import { minutesToInput, parseDuration } from './duration.js';

const FIELDS = { date: 'edit-hours-date', minutes: 'edit-hours-time', activity: 'edit-hours-activity', travelKm: 'edit-hours-km', note: 'edit-hours-note' } as const;
type Field = keyof typeof FIELDS;

/** The mediator changes own hours that are not approved yet; they go (back) to the approval queue. */
export function EditHoursDialog({ entry, onSaved, onCancel }: { entry: HourEntry | null; onSaved(entry: HourEntry): void; onCancel(): void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <DialogFrame id="edit-hours-dialog" open={entry !== null} title={t.hours.changes.editTitle} busy={busy} initialFocusId={FIELDS.date} onCancel={onCancel}>
      {entry && <EditHoursForm key={entry.id} entry={entry} onBusy={setBusy} onSaved={onSaved} onCancel={onCancel} />}
    </DialogFrame>
  );
}

function EditHoursForm({ entry, onBusy, onSaved, onCancel }: { entry: HourEntry; onBusy(busy: boolean): void; onSaved(entry: HourEntry): void; onCancel(): void }) {
  const { t } = useI18n();
  const h = t.hours.entry;
  const c = t.hours.changes;
  const form = useForm<Field>('edit-hours-form', FIELDS);
  const [date, setDate] = useState(entry.date);
  const [time, setTime] = useState(minutesToInput(entry.minutes));
  const [activity, setActivity] = useState<Activity>(entry.activity);
  const [km, setKm] = useState(entry.travelKm === null ? '' : String(entry.travelKm));
  const [note, setNote] = useState(entry.note ?? '');

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!date) problems.date = h.problems.dateRequired;
    const duration = parseDuration(time);
    if ('problem' in duration) problems.minutes = h.problems[duration.problem];
    const kmText = km.trim();
    if (kmText && !/^\d{1,4}$/.test(kmText)) problems.travelKm = h.problems.kmFormat;
    if (Object.keys(problems).length > 0 || 'problem' in duration) {
      form.fail(problems);
      return;
    }
    onBusy(true);
    let saved: HourEntry | undefined;
    await form.submit(async () => {
      saved = await updateHours(entry.id, { date, minutes: duration.minutes, activity, travelKm: kmText ? Number(kmText) : null, note: note.trim() || null });
    });
    onBusy(false);
    if (saved) onSaved(saved);
  };

  return (
    <form id="edit-hours-form" noValidate onSubmit={save}>
      <Paragraph>{c.editIntro(entry.caseNumber)}</Paragraph>
      <ErrorSummary {...form.summaryProps} />
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
      <DialogButtons submitLabel={c.save} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
