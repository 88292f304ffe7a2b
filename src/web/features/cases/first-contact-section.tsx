import { useState, type FormEvent } from 'react';
import { recordFirstContact, type CaseDetail } from '../../api/cases.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { DataList } from '../../components/data-list.js';
import { Section } from '../../components/page.js';
import { useForm } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { isIsoDay } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n.js';
import { localiseCaseError } from './case-errors.js';
import { todayInAmsterdam } from '../../../domain/calendar/iso-date.js';

/** The date of the first contact with the parties (it stops the first-contact clock). */
export function FirstContactSection({ detail, canRecord, onSaved }: { detail: CaseDetail; canRecord: boolean; onSaved(): void }) {
  const { t, locale, date } = useI18n();
  const f = t.cases.firstContact;
  const recorded = detail.confidential?.firstContactOn ?? null;
  const [day, setDay] = useState(recorded ?? todayInAmsterdam());
  const form = useForm<'date'>('first-contact', { date: 'first-contact-date' });
  const saved = useNotice();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    saved.clear();
    if (!day) return form.fail({ date: f.dateRequired });
    if (!isIsoDay(day)) return form.fail({ date: t.form.invalidDate });
    if (day > todayInAmsterdam()) return form.fail({ date: t.cases.referral.futureDate });
    const ok = await form.submit(async () => {
      try {
        await recordFirstContact(detail.id, day);
      } catch (err) {
        throw localiseCaseError(err, t, locale);
      }
    });
    if (ok) {
      saved.show(f.saved);
      onSaved();
    }
  };

  return (
    <Section id="case-first-contact" title={f.heading}>
      <DataList items={[{ key: 'date', label: f.label, value: recorded ? date(recorded) : f.notYet }]} />
      {canRecord && (
        <>
          <ErrorSummary {...form.summaryProps} />
          <form className="mp-form mp-first-contact-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-label={f.open}>
            <TextField
              id="first-contact-date"
              type="date"
              label={f.date}
              hint={f.dateHint}
              required
              min={detail.referredOn}
              max={todayInAmsterdam()}
              value={day}
              error={form.errors.date}
              onChange={(e) => setDay(e.target.value)}
              width="sm"
            />
            <Button type="submit" appearance="secondary" busy={form.busy}>
              {form.busy ? t.common.saving : f.submit}
            </Button>
          </form>
        </>
      )}
      {saved.notice && (
        <Alert type="ok" className="mp-notice">
          <p className="utrecht-paragraph">{saved.notice}</p>
        </Alert>
      )}
    </Section>
  );
}
