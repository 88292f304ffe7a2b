import { useRef, useState, type FormEvent } from 'react';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../domain/cases/case-vocabulary.js';
import { MAX_CASE_DOCUMENT_BYTES } from '../../../domain/documents/detect-document-type.js';
import { ApiError } from '../../api/problem.js';
import { caseDocumentUrl, listCaseDocuments, uploadCaseDocument } from '../../api/cases.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { SelectField, TextField } from '../../components/form-field.js';
import { Heading } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useForm, type FieldErrors } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { localiseCaseError } from './case-errors.js';

/** What the file picker offers; the server decides the real type from the bytes. */
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,application/pdf,image/png,image/jpeg';

type Field = 'kind' | 'contentBase64' | 'filename';

/** Reads a file as base64 (without the data: prefix) for the JSON upload. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

function formatSize(bytes: number, locale: string): string {
  const nf = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${nf.format(bytes / 1024)} kB`;
  return `${nf.format(bytes / 1024 / 1024)} MB`;
}

/** The case's documents with download links, and a form to add one. */
export function DocumentsSection({ caseId, onUploaded }: { caseId: string; onUploaded(): void }) {
  const { t, locale, dateTime } = useI18n();
  const d = t.cases.documents;
  const documents = useQuery((signal) => listCaseDocuments(caseId, signal), [caseId]);
  const form = useForm<Field>('document', { kind: 'document-kind', contentBase64: 'document-file', filename: 'document-file' });
  const [kind, setKind] = useState<DocumentKind | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const uploaded = useNotice();
  const items = documents.data?.items ?? [];

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    uploaded.clear();
    const errors: FieldErrors<Field> = {};
    if (!kind) errors.kind = d.kindRequired;
    if (!file) errors.contentBase64 = d.chooseFile;
    else if (file.size > MAX_CASE_DOCUMENT_BYTES) errors.contentBase64 = d.tooLarge;
    if (Object.keys(errors).length > 0 || !file || !kind) return form.fail(errors);

    const ok = await form.submit(async () => {
      let contentBase64: string;
      try {
        contentBase64 = await readAsBase64(file);
      } catch {
        // Shown at the file field, like the server's own refusals of a file.
        throw new ApiError(400, { invalidParams: [{ name: 'contentBase64', code: 'unreadable', reason: d.unreadable }] });
      }
      try {
        const doc = await uploadCaseDocument(caseId, { kind, filename: file.name, contentBase64 });
        uploaded.show(d.uploaded(doc.filename));
      } catch (err) {
        throw localiseCaseError(err, t, locale);
      }
    });
    if (ok) {
      setKind('');
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
      documents.reload();
      onUploaded();
    }
  };

  return (
    <Section id="case-documents" title={d.heading}>
      {documents.loading && !documents.data && <Loading />}
      {documents.error !== undefined && (
        <LoadFailed error={documents.error} onRetry={documents.reload} />
      )}
      {documents.data && items.length === 0 && <EmptyState>{d.empty}</EmptyState>}
      {items.length > 0 && (
        <Table id="case-documents-table" caption={d.caption}>
          <THead>
            <Th>{d.columns.file}</Th>
            <Th>{d.columns.kind}</Th>
            <Th>{d.columns.size}</Th>
            <Th>{d.columns.uploadedAt}</Th>
          </THead>
          <TBody>
            {items.map((doc) => (
              <Tr key={doc.id}>
                <Th scope="row" className="mp-break">
                  <a className="utrecht-link utrecht-link--html-a" href={caseDocumentUrl(caseId, doc.id)} download={doc.filename}>
                    {doc.filename}
                  </a>
                </Th>
                <Td>{t.cases.documentKinds[doc.kind] ?? doc.kind}</Td>
                <Td className="mp-nowrap">{formatSize(doc.sizeBytes, locale)}</Td>
                <Td className="mp-nowrap">{dateTime(doc.uploadedAt)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {uploaded.notice && (
        <Alert type="ok" className="mp-notice">
          <p className="utrecht-paragraph">{uploaded.notice}</p>
        </Alert>
      )}

      <Heading level={3} id="document-upload-title" className="mp-case-subheading">
        {d.uploadHeading}
      </Heading>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="document-upload-title">
        <SelectField id="document-kind" label={d.kind} required value={kind} error={form.errors.kind} onChange={(e) => setKind(e.target.value as DocumentKind | '')}>
          <option value="">{d.chooseKind}</option>
          {DOCUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.cases.documentKinds[k]}
            </option>
          ))}
        </SelectField>
        <TextField
          ref={fileRef}
          id="document-file"
          type="file"
          label={d.file}
          hint={d.fileHint}
          required
          accept={ACCEPT}
          error={form.errors.contentBase64 ?? form.errors.filename}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          className="mp-file-field"
        />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? d.submitting : d.submit}
        </Button>
      </form>
    </Section>
  );
}
