import { useEffect, useRef, useState, type FormEvent } from 'react';
import { updateObjection, type CaseDetail, type CaseObjection } from '../../api/cases.js';
import { Alert } from '../../components/alert.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { DataList } from '../../components/data-list.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField, TextField } from '../../components/form-field.js';
import { EmptyState } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { useForm, type FieldErrors } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { isIsoDay } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n.js';
import { localiseCaseError } from './case-errors.js';
import { todayInAmsterdam } from '../../../domain/calendar/iso-date.js';

type Field = 'decisionSentOn' | 'advisoryCommittee' | 'adjournmentWeeks' | 'adjournmentAnnouncedOn' | 'postponementDays' | 'postponementConsentOn' | 'adjournments';

const FIELD_IDS: Record<Field, string> = {
  decisionSentOn: 'objection-sent',
  advisoryCommittee: 'objection-committee',
  adjournmentWeeks: 'objection-adjournment',
  adjournmentAnnouncedOn: 'objection-adjournment-announced',
  // The deadline rules name the adjournment in the plural.
  adjournments: 'objection-adjournment',
  postponementDays: 'objection-postponement',
  postponementConsentOn: 'objection-consent',
};

/** The statutory term of an objection: what is recorded, and for the coordinator a form to change it. */
export function ObjectionSection({ detail, canEdit, onSaved }: { detail: CaseDetail; canEdit: boolean; onSaved(): void }) {
  const { t, date } = useI18n();
  const o = t.cases.objection;
  const objection = detail.confidential?.objection ?? null;
  const [editing, setEditing] = useState(false);
  const saved = useNotice();
  const toggleRef = useRef<HTMLButtonElement>(null);

  return (
    <Section id="case-objection" title={o.heading}>
      {objection ? (
        <DataList
          items={[
            { key: 'sent', label: o.decisionSentOn, value: date(objection.decisionSentOn) },
            { key: 'objection-due', label: o.objectionDueOn, value: date(objection.objectionDueOn) },
            { key: 'committee', label: o.advisoryCommittee, value: objection.advisoryCommittee ? t.common.yes : t.common.no },
            { key: 'adjournment', label: o.adjournmentWeeks, value: objection.adjournmentWeeks ? o.weeks(objection.adjournmentWeeks) : t.common.none },
            ...(objection.adjournmentWeeks
              ? [{ key: 'announced', label: o.adjournmentAnnouncedOn, value: objection.adjournmentAnnouncedOn ? date(objection.adjournmentAnnouncedOn) : o.notRecorded }]
              : []),
            { key: 'postponement', label: o.postponementDays, value: objection.postponementDays ? o.days(objection.postponementDays) : t.common.none },
            ...(objection.postponementConsentOn ? [{ key: 'consent', label: o.postponementConsentOn, value: date(objection.postponementConsentOn) }] : []),
            { key: 'due', label: o.decisionDueOn, value: objection.decisionDueOn ? <strong>{date(objection.decisionDueOn)}</strong> : t.common.none },
          ]}
        />
      ) : (
        <EmptyState>{o.none}</EmptyState>
      )}
      {saved.notice && (
        <Alert type="ok" className="mp-notice">
          <p className="utrecht-paragraph">{saved.notice}</p>
        </Alert>
      )}
      {canEdit && !editing && (
        <div className="mp-button-row">
          <Button
            ref={toggleRef}
            appearance="secondary"
            onClick={() => {
              saved.clear();
              setEditing(true);
            }}
          >
            {objection ? o.edit : o.add}
          </Button>
        </div>
      )}
      {canEdit && editing && (
        <ObjectionForm
          caseId={detail.id}
          objection={objection}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => toggleRef.current?.focus());
          }}
          onSaved={() => {
            setEditing(false);
            saved.show(o.saved);
            onSaved();
            requestAnimationFrame(() => toggleRef.current?.focus());
          }}
        />
      )}
    </Section>
  );
}

function ObjectionForm({ caseId, objection, onCancel, onSaved }: { caseId: string; objection: CaseObjection | null; onCancel(): void; onSaved(): void }) {
  const { t, locale } = useI18n();
  const o = t.cases.objection;
  const form = useForm<Field>('objection', FIELD_IDS);
  const firstRef = useRef<HTMLInputElement>(null);
  const [sentOn, setSentOn] = useState(objection?.decisionSentOn ?? '');
  const [committee, setCommittee] = useState(objection?.advisoryCommittee ?? false);
  const [adjournment, setAdjournment] = useState(objection?.adjournmentWeeks ? String(objection.adjournmentWeeks) : '');
  const [announcedOn, setAnnouncedOn] = useState(objection?.adjournmentAnnouncedOn ?? '');
  const [postponement, setPostponement] = useState(objection?.postponementDays ? String(objection.postponementDays) : '');
  const [consentOn, setConsentOn] = useState(objection?.postponementConsentOn ?? '');

  useEffect(() => firstRef.current?.focus(), []);

  const whole = (v: string, min: number, max: number) => /^\d+$/.test(v.trim()) && Number(v) >= min && Number(v) <= max;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldErrors<Field> = {};
    const today = todayInAmsterdam();
    if (sentOn && !isIsoDay(sentOn)) errors.decisionSentOn = t.form.invalidDate;
    else if (sentOn > today) errors.decisionSentOn = t.cases.referral.futureDate;
    if (adjournment.trim() && !whole(adjournment, 1, 6)) errors.adjournmentWeeks = o.wholeNumber(1, 6);
    if (announcedOn && !isIsoDay(announcedOn)) errors.adjournmentAnnouncedOn = t.form.invalidDate;
    else if (announcedOn > today) errors.adjournmentAnnouncedOn = t.cases.referral.futureDate;
    else if (adjournment.trim() && !errors.adjournmentWeeks && !announcedOn) errors.adjournmentAnnouncedOn = o.announcedRequired;
    else if (!adjournment.trim() && announcedOn) errors.adjournmentAnnouncedOn = o.announcedWithoutAdjournment;
    if (postponement.trim() && !whole(postponement, 1, 365)) errors.postponementDays = o.wholeNumber(1, 365);
    if (consentOn && !isIsoDay(consentOn)) errors.postponementConsentOn = t.form.invalidDate;
    if (Object.keys(errors).length > 0) return form.fail(errors);

    const ok = await form.submit(async () => {
      try {
        await updateObjection(caseId, {
          decisionSentOn: sentOn || null,
          advisoryCommittee: committee,
          adjournmentWeeks: adjournment.trim() ? Number(adjournment) : null,
          adjournmentAnnouncedOn: announcedOn || null,
          postponementDays: postponement.trim() ? Number(postponement) : null,
          postponementConsentOn: consentOn || null,
        });
      } catch (err) {
        throw localiseCaseError(err, t, locale);
      }
    });
    if (ok) onSaved();
  };

  return (
    <>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form mp-subform" noValidate onSubmit={(e) => void onSubmit(e)} aria-label={o.formLabel}>
        <TextField
          ref={firstRef}
          id="objection-sent"
          type="date"
          label={o.decisionSentOnField}
          hint={o.decisionSentOnHint}
          max={todayInAmsterdam()}
          value={sentOn}
          error={form.errors.decisionSentOn}
          onChange={(e) => setSentOn(e.target.value)}
          width="sm"
        />
        <CheckboxField id="objection-committee" label={o.advisoryCommitteeField} checked={committee} error={form.errors.advisoryCommittee} onChange={(e) => setCommittee(e.target.checked)} />
        <TextField
          id="objection-adjournment"
          inputMode="numeric"
          label={o.adjournmentField}
          hint={o.adjournmentHint}
          value={adjournment}
          error={form.errors.adjournmentWeeks ?? form.errors.adjournments}
          onChange={(e) => setAdjournment(e.target.value)}
          width="sm"
        />
        <TextField
          id="objection-adjournment-announced"
          type="date"
          label={o.announcedField}
          hint={o.announcedHint}
          max={todayInAmsterdam()}
          value={announcedOn}
          error={form.errors.adjournmentAnnouncedOn}
          onChange={(e) => setAnnouncedOn(e.target.value)}
          width="sm"
        />
        <TextField
          id="objection-postponement"
          inputMode="numeric"
          label={o.postponementField}
          hint={o.postponementHint}
          value={postponement}
          error={form.errors.postponementDays}
          onChange={(e) => setPostponement(e.target.value)}
          width="sm"
        />
        <TextField
          id="objection-consent"
          type="date"
          label={o.consentField}
          max={todayInAmsterdam()}
          value={consentOn}
          error={form.errors.postponementConsentOn}
          onChange={(e) => setConsentOn(e.target.value)}
          width="sm"
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={form.busy}>
            {form.busy ? t.common.saving : o.submit}
          </Button>
          <Button appearance="secondary" onClick={onCancel}>
            {t.common.cancel}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
