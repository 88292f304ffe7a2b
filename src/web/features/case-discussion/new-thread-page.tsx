import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { startThread } from '../../api/case-discussion.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { Page } from '../../components/page.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { useForm } from '../../hooks/use-form.js';
import { useI18n } from '../../i18n/i18n.js';

type Field = 'title' | 'caseNumber' | 'body';
const FIELD_IDS: Record<Field, string> = { title: 'thread-title', caseNumber: 'thread-case', body: 'thread-body' };

/** /community/casuistiek/nieuw: a new thread; the server's anonymisation guard names what it found per field. */
export function NewThreadPage() {
  const { t } = useI18n();
  const d = t.caseDiscussion;
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [body, setBody] = useState('');
  const form = useForm<Field>('thread-form', FIELD_IDS);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: Partial<Record<Field, string>> = {
      ...(!title.trim() ? { title: d.required.title } : {}),
      ...(!body.trim() ? { body: d.required.body } : {}),
    };
    if (Object.keys(missing).length > 0) return form.fail(missing);
    let id = '';
    const ok = await form.submit(async () => {
      id = (await startThread({ title: title.trim(), caseNumber: caseNumber.trim() || null, body })).id;
    });
    if (ok) void navigate(`/community/casuistiek/${id}`);
  };

  return (
    <Page title={d.newThread} narrow>
      <Paragraph>
        <AppLink to="/community/casuistiek">{d.backToList}</AppLink>
      </Paragraph>
      <Alert type="info">
        <p className="utrecht-paragraph">{d.rule}</p>
      </Alert>
      <form className="mp-form" id="thread-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <ErrorSummary {...form.summaryProps} heading={d.refusedHeading} />
        <TextField id={FIELD_IDS.title} label={d.fields.title} error={form.errors.title} value={title} maxLength={200} required onChange={(e) => setTitle(e.target.value)} />
        <TextField id={FIELD_IDS.caseNumber} width="md" label={d.fields.caseNumber} hint={d.fields.caseNumberHint} error={form.errors.caseNumber} value={caseNumber} maxLength={30} onChange={(e) => setCaseNumber(e.target.value)} />
        <TextAreaField id={FIELD_IDS.body} label={d.fields.body} error={form.errors.body} value={body} rows={10} maxLength={10000} required onChange={(e) => setBody(e.target.value)} />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {d.start}
        </Button>
      </form>
    </Page>
  );
}
