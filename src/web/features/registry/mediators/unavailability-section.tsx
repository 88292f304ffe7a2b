import { useState, type FormEvent } from 'react';
import { UNAVAILABILITY_KINDS } from '../../../../domain/registry/mediator-values.js';
import { ApiError } from '../../../api/problem.js';
import { addUnavailability, listUnavailability, removeUnavailability, type Unavailability, type UnavailabilityKind } from '../../../api/registry.js';
import { SelectField, TextField } from '../../../components/form-field.js';
import { Paragraph } from '../../../components/heading.js';
import { Section } from '../../../components/page.js';
import { Td, Th } from '../../../components/table.js';
import { TextAreaField } from '../../../components/textarea-field.js';
import { useForm, type FieldErrors } from '../../../hooks/use-form.js';
import { useNotice } from '../../../hooks/use-notice.js';
import { useQuery } from '../../../hooks/use-query.js';
import { describeError } from '../../../i18n/describe-error.js';
import { isIsoDay } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/i18n.js';
import { AddForm } from '../add-form.js';
import { EditableList } from '../editable-list.js';
import { Notice } from '../parts.js';

type Field = 'startsOn' | 'endsOn' | 'kind' | 'note';
const FIELD_IDS: Record<Field, string> = { startsOn: 'away-starts', endsOn: 'away-ends', kind: 'away-kind', note: 'away-note' };

/** Periods in which the mediator cannot take cases; kept by the mediator and the coordinator. */
export function UnavailabilitySection({ mediatorId, editable }: { mediatorId: string; editable: boolean }) {
  const { t, date } = useI18n();
  const a = t.registry.availability;
  const periods = useQuery(() => listUnavailability(mediatorId).then((x) => x.items), [mediatorId]);
  const notice = useNotice();

  return (
    <Section id="availability" title={a.heading}>
      <Paragraph>{a.intro}</Paragraph>
      <Notice text={notice.notice} focus />
      <EditableList
        tableId="availability-table"
        caption={a.caption}
        empty={a.empty}
        query={periods}
        columns={[{ label: a.columns.from }, { label: a.columns.to }, { label: a.columns.kind }, { label: a.columns.note }]}
        rowKey={(p) => p.id}
        cells={(p) => (
          <>
            <Th scope="row" className="mp-nowrap">
              {date(p.startsOn)}
            </Th>
            <Td className="mp-nowrap">{date(p.endsOn)}</Td>
            <Td>{t.registry.labels.unavailability[p.kind]}</Td>
            <Td>{p.note ?? t.registry.common.notAvailable}</Td>
          </>
        )}
        editable={editable}
        removal={{
          dialogId: 'availability-remove-dialog',
          title: a.removeTitle,
          label: (p) => a.removeLabel(date(p.startsOn), date(p.endsOn)),
          body: (p) => a.removeBody(date(p.startsOn), date(p.endsOn)),
          remove: (p) => removeUnavailability(mediatorId, p.id),
          onRemoved: () => {
            periods.reload();
            notice.show(a.removed);
          },
        }}
      >
        {editable && (
          <AddPeriodForm
            mediatorId={mediatorId}
            onAdded={(p) => {
              periods.reload();
              notice.show(a.added(date(p.startsOn), date(p.endsOn)));
            }}
          />
        )}
      </EditableList>
    </Section>
  );
}

function AddPeriodForm({ mediatorId, onAdded }: { mediatorId: string; onAdded(p: Unavailability): void }) {
  const { t, locale } = useI18n();
  const a = t.registry.availability;
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [kind, setKind] = useState<UnavailabilityKind>('holiday');
  const [note, setNote] = useState('');
  const form = useForm<Field>('away', FIELD_IDS);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    // Whether the end lies before the start, or the period overlaps another, the server says (in its own words).
    const errors: FieldErrors<Field> = {};
    for (const field of ['startsOn', 'endsOn'] as const) {
      const v = field === 'startsOn' ? startsOn : endsOn;
      if (!v) errors[field] = t.registry.common.dateField;
      else if (!isIsoDay(v)) errors[field] = t.form.invalidDate;
    }
    if (Object.keys(errors).length > 0) return form.fail(errors);
    await form.submit(async () => {
      try {
        const added = await addUnavailability(mediatorId, { startsOn, endsOn, kind, note: note.trim() || null });
        setStartsOn('');
        setEndsOn('');
        setNote('');
        onAdded(added);
      } catch (err) {
        // An overlap is a conflict with another period: it belongs at the dates.
        if (err instanceof ApiError && err.slug === 'overlap') form.fail({ startsOn: describeError(err, t, locale) });
        else throw err;
      }
    });
  };

  return (
    <AddForm heading={a.addHeading} submitLabel={a.add} form={form} onSubmit={onSubmit}>
      <div className="mp-reg-inline-fields">
        <TextField id={FIELD_IDS.startsOn} name="startsOn" type="date" label={a.startsOn} required width="sm" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} error={form.errors.startsOn} />
        <TextField id={FIELD_IDS.endsOn} name="endsOn" type="date" label={a.endsOn} required width="sm" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} error={form.errors.endsOn} />
      </div>
      <SelectField id={FIELD_IDS.kind} name="kind" label={a.kind} value={kind} onChange={(e) => setKind(e.target.value as UnavailabilityKind)} error={form.errors.kind}>
        {UNAVAILABILITY_KINDS.map((k) => (
          <option key={k} value={k}>
            {t.registry.labels.unavailability[k]}
          </option>
        ))}
      </SelectField>
      <TextAreaField id={FIELD_IDS.note} name="note" label={`${a.note} ${t.registry.common.optional}`} maxLength={500} rows={2} value={note} onChange={(e) => setNote(e.target.value)} error={form.errors.note} />
    </AddForm>
  );
}
