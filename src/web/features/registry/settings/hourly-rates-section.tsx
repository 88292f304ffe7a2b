import { useEffect, useRef, useState, type FormEvent } from 'react';
import { addHourlyRate, changeHourlyRate, listHourlyRates, removeHourlyRate, type HourlyRate } from '../../../api/registry.js';
import { Button, ButtonGroup } from '../../../components/button.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { TextField } from '../../../components/form-field.js';
import { Heading, Paragraph } from '../../../components/heading.js';
import { Section } from '../../../components/page.js';
import { Td, Th } from '../../../components/table.js';
import { useForm, type FieldErrors } from '../../../hooks/use-form.js';
import { useNotice } from '../../../hooks/use-notice.js';
import { useQuery } from '../../../hooks/use-query.js';
import { useI18n } from '../../../i18n/i18n.js';
import type { Messages } from '../../../i18n/nl.js';
import { AddForm } from '../add-form.js';
import { EditableList } from '../editable-list.js';
import { centsToInput, formatEuros, parseEuros, parseWholeNumber } from '../format.js';
import { Notice } from '../parts.js';

/** Reads an amount in euros, or gives the sentence that says what is wrong with it. */
function readAmount(raw: string, t: Messages): { cents: number } | { error: string } {
  const parsed = parseEuros(raw);
  return 'cents' in parsed ? parsed : { error: t.registry.rates.money[parsed.problem] };
}

/** The pool's average hourly rate per calendar year: a table, and for the administrator add, change and remove. */
export function HourlyRatesSection({ editable }: { editable: boolean }) {
  const { t, locale, dateTime } = useI18n();
  const r = t.registry.rates;
  const rates = useQuery(() => listHourlyRates().then((x) => x.items), []);
  const notice = useNotice();
  const [editing, setEditing] = useState<HourlyRate | null>(null);
  const editButtons = useRef(new Map<number, HTMLButtonElement>());

  return (
    <Section id="rates" title={r.heading}>
      <Paragraph>{r.intro}</Paragraph>
      <Notice text={notice.notice} focus />
      <EditableList
        tableId="rates-table"
        caption={r.caption}
        empty={r.empty}
        query={rates}
        columns={[{ label: r.columns.year }, { label: r.columns.amount, className: 'mp-reg-number' }, { label: r.columns.updated }]}
        rowKey={(rate) => rate.year}
        cells={(rate) => (
          <>
            <Th scope="row">{rate.year}</Th>
            <Td className="mp-reg-number mp-nowrap">{formatEuros(rate.cents, locale)}</Td>
            <Td>{dateTime(rate.updatedAt)}</Td>
          </>
        )}
        editable={editable}
        fixed={(rate) => (rate.allowedActions.includes('update') ? undefined : r.settled)}
        rowActions={(rate) => (
          <Button
            ref={(el) => {
              if (el) editButtons.current.set(rate.year, el);
              else editButtons.current.delete(rate.year);
            }}
            appearance="secondary"
            aria-label={r.editLabel(rate.year)}
            aria-expanded={editing?.year === rate.year}
            aria-controls={editing?.year === rate.year ? 'rate-edit' : undefined}
            onClick={() => setEditing(rate)}
          >
            {t.registry.common.edit}
          </Button>
        )}
        removal={{
          dialogId: 'rate-remove-dialog',
          title: r.removeTitle,
          label: (rate) => r.removeLabel(rate.year),
          body: (rate) => r.removeBody(rate.year, formatEuros(rate.cents, locale)),
          remove: (rate) => removeHourlyRate(rate.year),
          onRemoved: (rate) => {
            setEditing(null);
            rates.reload();
            notice.show(r.removed(rate.year));
          },
        }}
      >
        {editable && editing && (
          <EditRateForm
            key={editing.year}
            rate={editing}
            onDone={(changed) => {
              setEditing(null);
              if (changed) {
                rates.reload();
                notice.show(r.changed(changed.year, formatEuros(changed.cents, locale)));
              } else {
                editButtons.current.get(editing.year)?.focus();
              }
            }}
          />
        )}
        {editable && (
          <AddRateForm
            onAdded={(rate) => {
              rates.reload();
              notice.show(r.added(rate.year, formatEuros(rate.cents, locale)));
            }}
          />
        )}
      </EditableList>
    </Section>
  );
}

function AddRateForm({ onAdded }: { onAdded(rate: HourlyRate): void }) {
  const { t } = useI18n();
  const r = t.registry.rates;
  const [year, setYear] = useState('');
  const [amount, setAmount] = useState('');
  const form = useForm('rate-add', { year: 'rate-add-year', cents: 'rate-add-amount' });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldErrors<'year' | 'cents'> = {};
    const y = parseWholeNumber(year);
    if (y === undefined || y < 2000 || y > 2100) errors.year = r.yearInvalid;
    const parsed = readAmount(amount, t);
    if ('error' in parsed) errors.cents = parsed.error;
    if (Object.keys(errors).length > 0) return form.fail(errors);
    await form.submit(async () => {
      const rate = await addHourlyRate(y!, (parsed as { cents: number }).cents);
      setYear('');
      setAmount('');
      onAdded(rate);
    });
  };

  return (
    <AddForm heading={r.addHeading} submitLabel={r.add} form={form} onSubmit={onSubmit}>
      <div className="mp-reg-inline-fields">
        <TextField
          id="rate-add-year"
          name="year"
          label={r.year}
          hint={r.yearHint}
          inputMode="numeric"
          autoComplete="off"
          width="sm"
          required
          value={year}
          onChange={(e) => setYear(e.target.value)}
          error={form.errors.year}
        />
        <TextField
          id="rate-add-amount"
          name="amount"
          label={r.amount}
          hint={r.amountHint}
          inputMode="decimal"
          autoComplete="off"
          width="sm"
          required
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={form.errors.cents}
        />
      </div>
    </AddForm>
  );
}

function EditRateForm({ rate, onDone }: { rate: HourlyRate; onDone(changed: HourlyRate | null): void }) {
  const { t } = useI18n();
  const r = t.registry.rates;
  const [amount, setAmount] = useState(centsToInput(rate.cents));
  const form = useForm('rate-edit', { cents: 'rate-edit-amount' });
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = readAmount(amount, t);
    if ('error' in parsed) return form.fail({ cents: parsed.error });
    await form.submit(async () => {
      onDone(await changeHourlyRate(rate.year, parsed.cents));
    });
  };

  return (
    <div className="mp-reg-subform" id="rate-edit">
      <Heading level={3}>{r.editHeading(rate.year)}</Heading>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          ref={inputRef}
          id="rate-edit-amount"
          name="amount"
          label={r.editAmount(rate.year)}
          hint={r.amountHint}
          inputMode="decimal"
          autoComplete="off"
          width="sm"
          required
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={form.errors.cents}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={form.busy}>
            {form.busy ? t.common.saving : t.common.save}
          </Button>
          <Button appearance="secondary" onClick={() => onDone(null)}>
            {t.common.cancel}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
