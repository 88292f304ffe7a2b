import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { MEDIATOR_STATUSES, type MediatorStatus } from '../../../../domain/registry/mediator-values.js';
import { ApiError } from '../../../api/problem.js';
import { changeMediatorStatus, type MediatorDetail } from '../../../api/registry.js';
import { Alert } from '../../../components/alert.js';
import { Button } from '../../../components/button.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { TextField } from '../../../components/form-field.js';
import { Paragraph } from '../../../components/heading.js';
import { LoadFailed } from '../../../components/load-failed.js';
import { Loading } from '../../../components/loading.js';
import { Page } from '../../../components/page.js';
import { RadioGroup } from '../../../components/radio-group.js';
import { TextAreaField } from '../../../components/textarea-field.js';
import { useForm, type FieldErrors } from '../../../hooks/use-form.js';
import { isIsoDay } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/i18n.js';
import { amsterdamToday } from '../format.js';
import { BackLink } from '../parts.js';
import { useMediator } from './use-mediator.js';

type Field = 'status' | 'fromDate' | 'note';
const FIELD_IDS: Record<Field, string> = { status: 'status-new', fromDate: 'status-from', note: 'status-note' };

/** A status change with the date it takes effect and a note; it becomes part of the history. */
export function MediatorStatusPage() {
  const { t } = useI18n();
  const s = t.registry.statusChange;
  const { mediatorId = '' } = useParams();
  const mediator = useMediator(mediatorId);

  let body;
  if (mediator.loading && !mediator.data) body = <Loading />;
  else if (mediator.error instanceof ApiError && mediator.error.status === 404) {
    body = (
      <Alert type="error">
        <p className="utrecht-paragraph">{t.registry.mediatorDetail.notFound}</p>
      </Alert>
    );
  } else if (mediator.error !== undefined || !mediator.data) body = <LoadFailed error={mediator.error} onRetry={mediator.reload} />;
  else body = <StatusForm mediator={mediator.data} />;

  return (
    <Page title={s.title}>
      <BackLink to={`/register/mediators/${mediatorId}`}>{t.registry.mediatorEdit.back}</BackLink>
      {body}
    </Page>
  );
}

function StatusForm({ mediator }: { mediator: MediatorDetail }) {
  const { t, date } = useI18n();
  const s = t.registry.statusChange;
  const labels = t.registry.labels;
  const navigate = useNavigate();
  const [status, setStatus] = useState<MediatorStatus | ''>('');
  const [fromDate, setFromDate] = useState(amsterdamToday());
  const [note, setNote] = useState('');
  const form = useForm<Field>('status', FIELD_IDS);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (!status) errors.status = t.registry.common.chooseOne;
    if (!fromDate) errors.fromDate = t.registry.common.dateField;
    else if (!isIsoDay(fromDate)) errors.fromDate = t.form.invalidDate;
    if (Object.keys(errors).length > 0 || !status) return form.fail(errors);
    await form.submit(async () => {
      await changeMediatorStatus(mediator.id, { status, fromDate, ...(note.trim() ? { note: note.trim() } : {}) });
      void navigate(`/register/mediators/${mediator.id}`, { state: { notice: s.changed(mediator.name, labels.status[status]) } });
    });
  };

  return (
    <>
      <Paragraph lead>{s.current(mediator.name, labels.status[mediator.status], date(mediator.statusSince))}</Paragraph>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <RadioGroup
          id={FIELD_IDS.status}
          name="status"
          legend={s.newStatus}
          options={MEDIATOR_STATUSES.filter((x) => x !== mediator.status).map((x) => ({ value: x, label: labels.status[x], hint: labels.statusHint[x] }))}
          value={status}
          onChange={setStatus}
          error={form.errors.status}
        />
        <TextField
          id={FIELD_IDS.fromDate}
          name="fromDate"
          type="date"
          label={s.fromDate}
          hint={s.fromDateHint}
          required
          width="sm"
          min={mediator.statusSince}
          max={amsterdamToday()}
          value={fromDate}
          onChange={(e) => setFromDate(e.target.value)}
          error={form.errors.fromDate}
        />
        <TextAreaField id={FIELD_IDS.note} name="note" label={s.note} hint={s.noteHint} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} error={form.errors.note} />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? s.submitting : s.submit}
        </Button>
      </form>
    </>
  );
}
