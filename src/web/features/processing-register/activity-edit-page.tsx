import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { createProcessingActivity, getProcessingActivity, updateProcessingActivity, type ProcessingActivity, type ProcessingActivityInput } from '../../api/processing-register.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { useForm, type FieldErrors } from '../../hooks/use-form.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { PROCESSING_PATHS } from './paths.js';

type Field = keyof ProcessingActivityInput;
const FIELDS: Field[] = ['name', 'purpose', 'legalBasis', 'dataCategories', 'subjectCategories', 'retention', 'recipients'];
const FIELD_IDS = Object.fromEntries(FIELDS.map((f) => [f, `activity-${f}`])) as Record<Field, string>;
const EMPTY: ProcessingActivityInput = { name: '', purpose: '', legalBasis: '', dataCategories: '', subjectCategories: '', retention: '', recipients: '' };

/** Add an activity of the pool's own (no code in the address) or reword one (its code in the address). */
export function ActivityEditPage() {
  const { code } = useParams();
  const { t } = useI18n();
  const activity = useQuery((signal) => (code ? getProcessingActivity(code, signal) : Promise.resolve(null)), [code]);
  if (activity.loading) return <Page title={t.processing.register.title}>{<Loading />}</Page>;
  if (activity.error !== undefined) {
    return (
      <Page title={t.processing.register.title}>
        <LoadFailed error={activity.error} onRetry={activity.reload} />
      </Page>
    );
  }
  return <ActivityForm key={code ?? 'nieuw'} activity={activity.data ?? null} />;
}

function ActivityForm({ activity }: { activity: ProcessingActivity | null }) {
  const { t } = useI18n();
  const m = t.processing;
  const navigate = useNavigate();
  const [values, setValues] = useState<ProcessingActivityInput>(() =>
    activity ? (Object.fromEntries(FIELDS.map((f) => [f, activity[f]])) as ProcessingActivityInput) : EMPTY,
  );
  const form = useForm('activity', FIELD_IDS);
  const title = activity ? m.edit.title(activity.name) : m.edit.titleNew;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: FieldErrors<Field> = Object.fromEntries(FIELDS.filter((f) => values[f].trim() === '').map((f) => [f, m.edit.required]));
    if (Object.keys(missing).length) {
      form.fail(missing);
      return;
    }
    const ok = await form.submit(async () => {
      if (activity) await updateProcessingActivity(activity.code, values);
      else await createProcessingActivity(values);
    });
    if (ok) void navigate(PROCESSING_PATHS.register, { state: { notice: activity ? m.register.saved : m.register.added } });
  };

  const field = (f: Field, multiline: boolean) => {
    const common = {
      id: FIELD_IDS[f],
      name: f,
      label: m.fields[f],
      value: values[f],
      error: form.errors[f],
      required: true,
      onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [f]: e.target.value })),
      ...(f === 'legalBasis' || f === 'retention' ? { hint: m.hints[f] } : {}),
    };
    return multiline ? <TextAreaField key={f} rows={3} maxLength={2000} {...common} /> : <TextField key={f} maxLength={200} {...common} />;
  };

  return (
    <Page title={title} narrow>
      <p className="utrecht-paragraph">
        <AppLink to={PROCESSING_PATHS.register}>{m.edit.back}</AppLink>
      </p>
      {activity?.standard && <Paragraph>{m.edit.codeFixed(activity.code)}</Paragraph>}
      <ErrorSummary {...form.summaryProps} />
      <form noValidate onSubmit={(e) => void onSubmit(e)} aria-label={title}>
        {FIELDS.map((f) => field(f, f !== 'name'))}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={form.busy}>
            {m.edit.save}
          </Button>
          <Button onClick={() => void navigate(PROCESSING_PATHS.register)}>{m.edit.cancel}</Button>
        </ButtonGroup>
      </form>
    </Page>
  );
}
