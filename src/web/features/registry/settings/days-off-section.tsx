import { useState, type FormEvent } from 'react';
import { addDayOff, listDaysOff, removeDayOff, type DayOff } from '../../../api/registry.js';
import { Button } from '../../../components/button.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { TextField } from '../../../components/form-field.js';
import { Heading, Paragraph } from '../../../components/heading.js';
import { EmptyState, Loading } from '../../../components/loading.js';
import { Section } from '../../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/table.js';
import { useForm, type FieldErrors } from '../../../hooks/use-form.js';
import { useNotice } from '../../../hooks/use-notice.js';
import { useQuery } from '../../../hooks/use-query.js';
import { describeError } from '../../../i18n/describe-error.js';
import { isIsoDay } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/i18n.js';
import { LoadFailed, Notice } from '../parts.js';

/** The pool's own days off on top of the Dutch public holidays: not counted as working days. */
export function DaysOffSection({ editable }: { editable: boolean }) {
  const { t, locale, date } = useI18n();
  const d = t.registry.daysOff;
  const days = useQuery(() => listDaysOff().then((x) => x.items), []);
  const notice = useNotice();
  const [pending, setPending] = useState<DayOff | null>(null);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | undefined>(undefined);

  const onRemove = async () => {
    if (!pending) return;
    setRemoving(true);
    setRemoveError(undefined);
    try {
      await removeDayOff(pending.id);
      const day = date(pending.date);
      setPending(null);
      days.reload();
      notice.show(d.removed(day));
    } catch (err) {
      setRemoveError(describeError(err, t, locale));
    } finally {
      setRemoving(false);
    }
  };

  const items = days.data ?? [];
  return (
    <Section id="days-off" title={d.heading}>
      <Paragraph>{d.intro}</Paragraph>
      <Notice text={notice.notice} focus />
      {days.loading && !days.data && <Loading />}
      {days.error !== undefined && <LoadFailed error={days.error} onRetry={days.reload} />}
      {days.data && items.length === 0 && <EmptyState>{d.empty}</EmptyState>}
      {items.length > 0 && (
        <Table id="days-off-table" caption={d.caption} className="mp-reg-table">
          <THead>
            <Th>{d.columns.date}</Th>
            <Th>{d.columns.description}</Th>
            {editable && (
              <Th>
                <span className="mp-visually-hidden">{t.common.actions}</span>
              </Th>
            )}
          </THead>
          <TBody>
            {items.map((day) => (
              <Tr key={day.id}>
                <Th scope="row" className="mp-nowrap">
                  {date(day.date)}
                </Th>
                <Td>{day.description}</Td>
                {editable && (
                  <Td>
                    <Button
                      appearance="secondary"
                      danger
                      aria-label={d.removeLabel(date(day.date))}
                      onClick={() => {
                        setRemoveError(undefined);
                        setPending(day);
                      }}
                    >
                      {t.registry.common.remove}
                    </Button>
                  </Td>
                )}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {editable && (
        <AddDayOffForm
          onAdded={(day) => {
            days.reload();
            notice.show(d.added(date(day.date)));
          }}
        />
      )}
      <ConfirmDialog
        id="day-off-remove-dialog"
        open={pending !== null}
        title={d.removeTitle}
        confirmLabel={t.registry.common.remove}
        busy={removing}
        error={removeError}
        onConfirm={onRemove}
        onCancel={() => setPending(null)}
      >
        <p className="utrecht-paragraph">{pending ? d.removeBody(date(pending.date), pending.description) : ''}</p>
      </ConfirmDialog>
    </Section>
  );
}

function AddDayOffForm({ onAdded }: { onAdded(day: DayOff): void }) {
  const { t } = useI18n();
  const d = t.registry.daysOff;
  const [day, setDay] = useState('');
  const [description, setDescription] = useState('');
  const form = useForm('day-off', { date: 'day-off-date', description: 'day-off-description' });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldErrors<'date' | 'description'> = {};
    if (!day) errors.date = t.registry.common.dateField;
    else if (!isIsoDay(day)) errors.date = t.form.invalidDate;
    if (!description.trim()) errors.description = t.form.requiredField;
    if (Object.keys(errors).length > 0) return form.fail(errors);
    await form.submit(async () => {
      const added = await addDayOff(day, description.trim());
      setDay('');
      setDescription('');
      onAdded(added);
    });
  };

  return (
    <div className="mp-reg-subform">
      <Heading level={3}>{d.add}</Heading>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={onSubmit}>
        <div className="mp-reg-inline-fields">
          <TextField id="day-off-date" name="date" type="date" label={d.date} required width="sm" value={day} onChange={(e) => setDay(e.target.value)} error={form.errors.date} />
          <TextField
            id="day-off-description"
            name="description"
            label={d.description}
            hint={d.descriptionHint}
            required
            maxLength={200}
            autoComplete="off"
            width="md"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            error={form.errors.description}
          />
        </div>
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.registry.common.adding : d.add}
        </Button>
      </form>
    </div>
  );
}
