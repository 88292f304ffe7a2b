import { useEffect, useRef, useState, type FormEvent } from 'react';
import { addHourlyRate, changeHourlyRate, listHourlyRates, removeHourlyRate, type HourlyRate } from '../../../api/registry.js';
import { Button, ButtonGroup } from '../../../components/button.js';
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
import { useI18n } from '../../../i18n/i18n.js';
import type { Messages } from '../../../i18n/nl.js';
import { centsToInput, formatEuros, parseEuros, parseWholeNumber } from '../format.js';
import { LoadFailed, Notice } from '../parts.js';

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
  const [pending, setPending] = useState<HourlyRate | null>(null);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | undefined>(undefined);
  const editButtons = useRef(new Map<number, HTMLButtonElement>());

  const onRemove = async () => {
    if (!pending) return;
    setRemoving(true);
    setRemoveError(undefined);
    try {
      await removeHourlyRate(pending.year);
      const year = pending.year;
      setPending(null);
      setEditing(null);
      rates.reload();
      notice.show(r.removed(year));
    } catch (err) {
      setRemoveError(describeError(err, t, locale));
    } finally {
      setRemoving(false);
    }
  };

  const items = rates.data ?? [];
  return (
    <Section id="rates" title={r.heading}>
      <Paragraph>{r.intro}</Paragraph>
      <Notice text={notice.notice} focus />
      {rates.loading && !rates.data && <Loading />}
      {rates.error !== undefined && <LoadFailed error={rates.error} onRetry={rates.reload} />}
      {rates.data && items.length === 0 && <EmptyState>{r.empty}</EmptyState>}
      {items.length > 0 && (
        <Table id="rates-table" caption={r.caption} className="mp-reg-table">
          <THead>
            <Th>{r.columns.year}</Th>
            <Th className="mp-reg-number">{r.columns.amount}</Th>
            <Th>{r.columns.updated}</Th>
            {editable && (
              <Th>
                <span className="mp-visually-hidden">{t.common.actions}</span>
              </Th>
            )}
          </THead>
          <TBody>
            {items.map((rate) => (
              <Tr key={rate.year}>
                <Th scope="row">{rate.year}</Th>
                <Td className="mp-reg-number mp-nowrap">{formatEuros(rate.cents, locale)}</Td>
                <Td>{dateTime(rate.updatedAt)}</Td>
                {editable && (
                  <Td>
                    <div className="mp-reg-row-actions">
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
                      <Button
                        appearance="secondary"
                        danger
                        aria-label={r.removeLabel(rate.year)}
                        onClick={() => {
                          setRemoveError(undefined);
                          setPending(rate);
                        }}
                      >
                        {t.registry.common.remove}
                      </Button>
                    </div>
                  </Td>
                )}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
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
      <ConfirmDialog
        id="rate-remove-dialog"
        open={pending !== null}
        title={r.removeTitle}
        confirmLabel={t.registry.common.remove}
        busy={removing}
        error={removeError}
        onConfirm={onRemove}
        onCancel={() => setPending(null)}
      >
        <p className="utrecht-paragraph">{pending ? r.removeBody(pending.year, formatEuros(pending.cents, locale)) : ''}</p>
      </ConfirmDialog>
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
    <div className="mp-reg-subform">
      <Heading level={3}>{r.addHeading}</Heading>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={onSubmit}>
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
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.registry.common.adding : r.add}
        </Button>
      </form>
    </div>
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
      <form className="mp-form" noValidate onSubmit={onSubmit}>
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
