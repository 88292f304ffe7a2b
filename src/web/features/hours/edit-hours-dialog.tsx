import { useState, type FormEvent } from 'react';
import { updateHours, type HourEntry } from '../../api/hours.js';
import { DialogButtons } from '../../components/dialog-frame.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Paragraph } from '../../components/heading.js';
import { useForm } from '../../hooks/use-form.js';
import { useI18n } from '../../i18n/i18n.js';
import { HourEntryDialog } from './hour-entry-dialog.js';
import { HourFields } from './hour-fields.js';
import { hourFieldIds, hourProblemMessages, hourValuesOf, parseHourValues } from './hour-values.js';

const FIELDS = hourFieldIds('edit-hours');

/** The mediator changes own hours that are not approved yet; they go (back) to the approval queue. */
export function EditHoursDialog({ entry, onSaved, onCancel }: { entry: HourEntry | null; onSaved(entry: HourEntry): void; onCancel(): void }) {
  const { t } = useI18n();
  return (
    <HourEntryDialog id="edit-hours-dialog" title={t.hours.changes.editTitle} entry={entry} initialFocusId={FIELDS.date} onCancel={onCancel}>
      {(current, onBusy) => <EditHoursForm entry={current} onBusy={onBusy} onSaved={onSaved} onCancel={onCancel} />}
    </HourEntryDialog>
  );
}

function EditHoursForm({ entry, onBusy, onSaved, onCancel }: { entry: HourEntry; onBusy(busy: boolean): void; onSaved(entry: HourEntry): void; onCancel(): void }) {
  const { t } = useI18n();
  const c = t.hours.changes;
  const form = useForm<keyof typeof FIELDS>('edit-hours-form', FIELDS);
  const [values, setValues] = useState(() => hourValuesOf(entry));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseHourValues(values);
    if ('problems' in parsed) {
      form.fail(hourProblemMessages(parsed.problems, t.hours.entry.problems));
      return;
    }
    onBusy(true);
    let saved: HourEntry | undefined;
    await form.submit(async () => {
      saved = await updateHours(entry.id, parsed.input);
    });
    onBusy(false);
    if (saved) onSaved(saved);
  };

  return (
    <form id="edit-hours-form" noValidate onSubmit={(e) => void save(e)}>
      <Paragraph>{c.editIntro(entry.caseNumber)}</Paragraph>
      <ErrorSummary {...form.summaryProps} />
      <HourFields ids={FIELDS} values={values} errors={form.errors} onChange={setValues} />
      <DialogButtons submitLabel={c.save} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
