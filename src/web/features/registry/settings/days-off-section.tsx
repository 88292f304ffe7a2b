import { useState, type FormEvent } from 'react';
import { addDayOff, listDaysOff, removeDayOff, type DayOff } from '../../../api/registry.js';
import { TextField } from '../../../components/form-field.js';
import { Paragraph } from '../../../components/heading.js';
import { Section } from '../../../components/page.js';
import { Td, Th } from '../../../components/table.js';
import { useForm, type FieldErrors } from '../../../hooks/use-form.js';
import { useNotice } from '../../../hooks/use-notice.js';
import { useQuery } from '../../../hooks/use-query.js';
import { isIsoDay } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/i18n.js';
import { AddForm } from '../add-form.js';
import { EditableList } from '../editable-list.js';
import { Notice } from '../parts.js';

/** The pool's own days off on top of the Dutch public holidays: not counted as working days. */
export function DaysOffSection({ editable }: { editable: boolean }) {
  const { t, date } = useI18n();
  const d = t.registry.daysOff;
  const days = useQuery(() => listDaysOff().then((x) => x.items), []);
  const notice = useNotice();

  return (
    <Section id="days-off" title={d.heading}>
      <Paragraph>{d.intro}</Paragraph>
      <Notice text={notice.notice} focus />
      <EditableList
        tableId="days-off-table"
        caption={d.caption}
        empty={d.empty}
        query={days}
        columns={[{ label: d.columns.date }, { label: d.columns.description }]}
        rowKey={(day) => day.id}
        cells={(day) => (
          <>
            <Th scope="row" className="mp-nowrap">
              {date(day.date)}
            </Th>
            <Td>{day.description}</Td>
          </>
        )}
        editable={editable}
        removal={{
          dialogId: 'day-off-remove-dialog',
          title: d.removeTitle,
          label: (day) => d.removeLabel(date(day.date)),
          body: (day) => d.removeBody(date(day.date), day.description),
          remove: (day) => removeDayOff(day.id),
          onRemoved: (day) => {
            days.reload();
            notice.show(d.removed(date(day.date)));
          },
        }}
      >
        {editable && (
          <AddDayOffForm
            onAdded={(day) => {
              days.reload();
              notice.show(d.added(date(day.date)));
            }}
          />
        )}
      </EditableList>
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
    <AddForm heading={d.add} submitLabel={d.add} form={form} onSubmit={onSubmit}>
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
    </AddForm>
  );
}
