import { useState, type FormEvent } from 'react';
import { correctHours, type HourEntry } from '../../api/hours.js';
import { DialogButtons } from '../../components/dialog-frame.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { RadioGroup } from '../../components/radio-group.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { useForm } from '../../hooks/use-form.js';
import { useI18n } from '../../i18n/i18n.js';
import { amsterdamToday } from '../registry/format.js';
import { parseDuration, shortDate } from './duration.js';
import { HourEntryDialog } from './hour-entry-dialog.js';
import { DurationField } from './hour-fields.js';

const FIELDS = { direction: 'correction-direction', minutes: 'correction-time', date: 'correction-date', note: 'correction-note' } as const;
type Field = keyof typeof FIELDS;
type Direction = 'add' | 'subtract';
const DAY = 24 * 60;

/**
 * A correction of approved hours (their own mediator or a coordinator): the difference, up or
 * down, as a new entry dated in an open period with a reason. The dialog shows what the hours
 * come to after it, and refuses a total below 0 or above 24 hours before asking the server.
 */
export function CorrectionDialog({ entry, onSaved, onCancel }: { entry: HourEntry | null; onSaved(entry: HourEntry): void; onCancel(): void }) {
  const { t } = useI18n();
  return (
    <HourEntryDialog id="correction-dialog" title={t.hours.changes.correctTitle} entry={entry} initialFocusId={FIELDS.direction} onCancel={onCancel}>
      {(current, onBusy) => <CorrectionForm entry={current} onBusy={onBusy} onSaved={onSaved} onCancel={onCancel} />}
    </HourEntryDialog>
  );
}

function CorrectionForm({ entry, onBusy, onSaved, onCancel }: { entry: HourEntry; onBusy(busy: boolean): void; onSaved(entry: HourEntry): void; onCancel(): void }) {
  const { t, locale } = useI18n();
  const c = t.hours.changes;
  const form = useForm<Field>('correction-form', FIELDS);
  const [direction, setDirection] = useState<Direction | ''>('');
  const [time, setTime] = useState('');
  const [date, setDate] = useState(amsterdamToday());
  const [note, setNote] = useState('');
  const current = entry.correctedMinutes ?? entry.minutes;
  const parsed = parseDuration(time);
  const delta = direction && 'minutes' in parsed ? (direction === 'add' ? parsed.minutes : -parsed.minutes) : null;
  const result = delta === null ? null : current + delta;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!direction) problems.direction = c.problems.directionRequired;
    if ('problem' in parsed) problems.minutes = t.hours.entry.problems[parsed.problem];
    else if (result !== null && (result < 0 || result > DAY)) problems.minutes = c.problems.resultRange(t.hours.duration(result));
    if (!date) problems.date = c.problems.dateRequired;
    if (!note.trim()) problems.note = c.problems.reasonRequired;
    if (Object.keys(problems).length > 0 || delta === null) {
      form.fail(problems);
      return;
    }
    onBusy(true);
    let saved: HourEntry | undefined;
    await form.submit(async () => {
      saved = await correctHours(entry.id, { date, minutes: delta, note: note.trim() });
    });
    onBusy(false);
    if (saved) onSaved(saved);
  };

  return (
    <form id="correction-form" noValidate onSubmit={(e) => void save(e)}>
      <Paragraph>{c.correctIntro(entry.mediator.name, t.hours.duration(entry.minutes), shortDate(entry.date, locale), entry.caseNumber)}</Paragraph>
      {entry.correctedMinutes !== null && <Paragraph>{c.current(t.hours.duration(entry.correctedMinutes))}</Paragraph>}
      <ErrorSummary {...form.summaryProps} />
      <RadioGroup
        id={FIELDS.direction}
        name="correction-direction"
        legend={c.direction}
        error={form.errors.direction}
        options={[
          { value: 'add' as const, label: c.add },
          { value: 'subtract' as const, label: c.subtract },
        ]}
        value={direction}
        onChange={setDirection}
        inline
      />
      <DurationField id={FIELDS.minutes} label={c.difference} hint={c.differenceHint} value={time} error={form.errors.minutes} onChange={setTime} />
      <p className="utrecht-paragraph mp-correction-result" aria-live="polite">
        {result !== null && result >= 0 && result <= DAY ? c.result(t.hours.duration(result)) : ''}
      </p>
      <TextField id={FIELDS.date} type="date" label={c.correctionDate} hint={c.correctionDateHint} required width="sm" value={date} error={form.errors.date} onChange={(e) => setDate(e.target.value)} />
      <TextAreaField id={FIELDS.note} label={c.reason} required rows={3} maxLength={1000} value={note} error={form.errors.note} onChange={(e) => setNote(e.target.value)} />
      <DialogButtons submitLabel={c.saveCorrection} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
