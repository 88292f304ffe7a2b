import { useState, type FormEvent } from 'react';
import { listCaseDocuments } from '../../api/cases.js';
import { getAgreement, recordAgreement } from '../../api/sessions.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { SelectField, TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { useForm } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { shortDate } from '../hours/duration.js';
import { amsterdamToday } from '../registry/format.js';
import { Notice } from '../registry/parts.js';

const FIELDS = { signedOn: 'agreement-date', documentId: 'agreement-document' } as const;

/**
 * Whether the mediation agreement is signed, and recording it: a date and an uploaded document.
 * `caseVersion` changes whenever the case page reloads its case (e.g. after an upload), so the
 * list of documents to choose from follows.
 */
export function AgreementSection({ caseId, mayRecord, caseVersion }: { caseId: string; mayRecord: boolean; caseVersion: unknown }) {
  const { t, locale } = useI18n();
  const a = t.sessions.agreement;
  const agreement = useQuery((signal) => getAgreement(caseId, signal), [caseId]);
  const documents = useQuery((signal) => listCaseDocuments(caseId, signal), [caseId, caseVersion]);
  const form = useForm<keyof typeof FIELDS>('agreement-form', FIELDS);
  const notice = useNotice();
  const [signedOn, setSignedOn] = useState(amsterdamToday());
  const [documentId, setDocumentId] = useState('');
  const candidates = (documents.data?.items ?? []).filter((d) => d.kind === 'mediation_agreement');
  // The server says whether the agreement may be recorded now (not on a closed case).
  const canRecord = mayRecord && (agreement.data?.allowedActions.includes('record-agreement') ?? false);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const problems: Partial<Record<keyof typeof FIELDS, string>> = {};
    if (!signedOn) problems.signedOn = a.problems.signedOn;
    if (!documentId) problems.documentId = a.problems.document;
    if (Object.keys(problems).length > 0) {
      form.fail(problems);
      return;
    }
    const ok = await form.submit(async () => {
      await recordAgreement(caseId, signedOn, documentId);
    });
    if (ok) {
      notice.show(a.recorded);
      agreement.reload();
    }
  };

  return (
    <section aria-labelledby="agreement-title">
      <h3 className="utrecht-heading-3" id="agreement-title">
        {a.title}
      </h3>
      <Notice text={notice.notice} />
      {agreement.error ? (
        <LoadFailed error={agreement.error} onRetry={agreement.reload} />
      ) : !agreement.data ? (
        <Loading />
      ) : (
        <>
          <Paragraph>
            {agreement.data.signed && agreement.data.signedOn
              ? a.signed(shortDate(agreement.data.signedOn, locale), agreement.data.document?.filename ?? '')
              : a.notSigned}{' '}
            {agreement.data.required ? a.required : a.notRequired}
          </Paragraph>
          {canRecord && !agreement.data.signed && documents.data && candidates.length === 0 && <Paragraph>{a.noDocuments}</Paragraph>}
          {canRecord && !agreement.data.signed && candidates.length > 0 && (
            <form id="agreement-form" noValidate onSubmit={(e) => void save(e)}>
              <ErrorSummary {...form.summaryProps} />
              <TextField id={FIELDS.signedOn} type="date" label={a.signedOn} required width="sm" value={signedOn} error={form.errors.signedOn} onChange={(e) => setSignedOn(e.target.value)} />
              <SelectField id={FIELDS.documentId} label={a.document} required value={documentId} error={form.errors.documentId} onChange={(e) => setDocumentId(e.target.value)}>
                <option value="">{a.chooseDocument}</option>
                {candidates.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.filename}
                  </option>
                ))}
              </SelectField>
              <Button type="submit" appearance="primary" busy={form.busy}>
                {a.record}
              </Button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
