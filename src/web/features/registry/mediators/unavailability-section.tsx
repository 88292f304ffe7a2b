import { useState, type FormEvent } from 'react';
import { UNAVAILABILITY_KINDS } from '../../../../domain/registry/mediator-values.js';
import { ApiError } from '../../../api/problem.js';
import { addUnavailability, listUnavailability, removeUnavailability, type Unavailability, type UnavailabilityKind } from '../../../api/registry.js';
import { Button } from '../../../components/button.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { SelectField, TextField } from '../../../components/form-field.js';
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
import { TextAreaField } from '../fields.js';
import { LoadFailed, Notice } from '../parts.js';

type Field = 'startsOn' | 'endsOn' | 'kind' | 'note';
const FIELD_IDS: Record<Field, string> = { startsOn: 'away-starts', endsOn: 'away-ends', kind: 'away-kind', note: 'away-note' };

/** Periods in which the mediator cannot take cases; kept by the mediator and the coordinator. */
export function UnavailabilitySection({ mediatorId, editable }: { mediatorId: string; editable: boolean }) {
  const { t, locale, date } = useI18n();
  const a = t.registry.availability;
  const periods = useQuery(() => listUnavailability(mediatorId).then((x) => x.items), [mediatorId]);
  const notice = useNotice();
  const [pending, setPending] = useState<Unavailability | null>(null);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | undefined>(undefined);

  const onRemove = async () => {
    if (!pending) return;
    setRemoving(true);
    setRemoveError(undefined);
    try {
      await removeUnavailability(mediatorId, pending.id);
      setPending(null);
      periods.reload();
      notice.show(a.removed);
    } catch (err) {
      setRemoveError(describeError(err, t, locale));
    } finally {
      setRemoving(false);
    }
  };

  const items = periods.data ?? [];
  return (
    <Section id="availability" title={a.heading}>
      <Paragraph>{a.intro}</Paragraph>
      <Notice text={notice.notice} focus />
      {periods.loading && !periods.data && <Loading />}
      {periods.error !== undefined && <LoadFailed error={periods.error} onRetry={periods.reload} />}
      {periods.data && items.length === 0 && <EmptyState>{a.empty}</EmptyState>}
      {items.length > 0 && (
        <Table id="availability-table" caption={a.caption} className="mp-reg-table">
          <THead>
            <Th>{a.columns.from}</Th>
            <Th>{a.columns.to}</Th>
            <Th>{a.columns.kind}</Th>
            <Th>{a.columns.note}</Th>
            {editable && (
              <Th>
                <span className="mp-visually-hidden">{t.common.actions}</span>
              </Th>
            )}
          </THead>
          <TBody>
            {items.map((p) => (
              <Tr key={p.id}>
                <Th scope="row" className="mp-nowrap">
                  {date(p.startsOn)}
                </Th>
                <Td className="mp-nowrap">{date(p.endsOn)}</Td>
                <Td>{t.registry.labels.unavailability[p.kind]}</Td>
                <Td>{p.note ?? t.registry.common.notAvailable}</Td>
                {editable && (
                  <Td>
                    <Button
                      appearance="secondary"
                      danger
                      aria-label={a.removeLabel(date(p.startsOn), date(p.endsOn))}
                      onClick={() => {
                        setRemoveError(undefined);
                        setPending(p);
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
        <AddPeriodForm
          mediatorId={mediatorId}
          onAdded={(p) => {
            periods.reload();
            notice.show(a.added(date(p.startsOn), date(p.endsOn)));
          }}
        />
      )}
      <ConfirmDialog
        id="availability-remove-dialog"
        open={pending !== null}
        title={a.removeTitle}
        confirmLabel={t.registry.common.remove}
        busy={removing}
        error={removeError}
        onConfirm={onRemove}
        onCancel={() => setPending(null)}
      >
        <p className="utrecht-paragraph">{pending ? a.removeBody(date(pending.startsOn), date(pending.endsOn)) : ''}</p>
      </ConfirmDialog>
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
    <div className="mp-reg-subform">
      <Heading level={3}>{a.addHeading}</Heading>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={onSubmit}>
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
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.registry.common.adding : a.add}
        </Button>
      </form>
    </div>
  );
}
