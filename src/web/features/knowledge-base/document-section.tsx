import { useRef, useState, type FormEvent } from 'react';
import { MAX_CASE_DOCUMENT_BYTES as KNOWLEDGE_DOCUMENT_MAX_BYTES } from '../../../domain/documents/detect-document-type.js';
import { ApiError } from '../../api/problem.js';
import { documentVersionUrl, getArticleDocument, uploadDocumentVersion } from '../../api/knowledge-base.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useForm, type FieldErrors } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';

/** What the file picker offers; the server decides the real type from the bytes. */
const ACCEPT = '.pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text';

type Field = 'contentBase64' | 'changeNote';

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

/**
 * The article's document (a template, a protocol, the statute): the current version to download,
 * every version for those who may see the history, and for coordinators and editors a form to
 * upload a new version.
 */
export function DocumentSection({ articleId }: { articleId: string }) {
  const { t, locale, dateTime } = useI18n();
  const d = t.knowledgeBase.document;
  const doc = useQuery((signal) => getArticleDocument(articleId, signal), [articleId]);
  const form = useForm<Field>('kb-document', { contentBase64: 'kb-document-file', changeNote: 'kb-document-note' });
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const uploaded = useNotice();
  const data = doc.data;
  const mayUpload = data?.allowedActions.includes('update') ?? false;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    uploaded.clear();
    const errors: FieldErrors<Field> = {};
    if (!file) errors.contentBase64 = d.chooseFile;
    else if (file.size > KNOWLEDGE_DOCUMENT_MAX_BYTES) errors.contentBase64 = d.tooLarge;
    if (Object.keys(errors).length > 0 || !file) return form.fail(errors);
    let version = 0;
    const ok = await form.submit(async () => {
      let contentBase64: string;
      try {
        contentBase64 = await readAsBase64(file);
      } catch {
        throw new ApiError(400, { invalidParams: [{ name: 'contentBase64', code: 'unreadable', reason: d.unreadable }] });
      }
      const next = await uploadDocumentVersion(articleId, { filename: file.name, contentBase64, ...(note.trim() ? { changeNote: note.trim() } : {}) });
      version = next.current?.version ?? 0;
    });
    if (ok) {
      setFile(null);
      setNote('');
      if (fileRef.current) fileRef.current.value = '';
      uploaded.show(d.uploaded(version));
      doc.reload();
    }
  };

  return (
    <Section id="kb-document" title={d.heading}>
      {doc.error !== undefined && <LoadFailed error={doc.error} onRetry={doc.reload} />}
      {!data && doc.error === undefined && <Loading />}
      {data && !data.current && <EmptyState>{d.none}</EmptyState>}
      {data?.current && (
        <Paragraph>
          <strong>{d.current(data.current.version)}:</strong>{' '}
          <a className="utrecht-link utrecht-link--html-a" href={documentVersionUrl(articleId, data.current.version)} download={data.current.filename}>
            {d.download(data.current.filename)}
          </a>{' '}
          <span className="mp-cell-note">({d.meta(formatSize(data.current.sizeBytes, locale), data.current.uploadedBy, dateTime(data.current.uploadedAt))})</span>
        </Paragraph>
      )}
      {uploaded.notice && (
        <Alert type="ok" className="mp-notice">
          <p className="utrecht-paragraph">{uploaded.notice}</p>
        </Alert>
      )}
      {data?.versions && data.versions.length > 0 && (
        <>
          <Heading level={3} id="kb-document-versions">
            {d.versions}
          </Heading>
          <Table id="kb-document-versions-table" caption={d.caption}>
            <THead>
              <Th>{d.columns.version}</Th>
              <Th>{d.columns.file}</Th>
              <Th>{d.columns.size}</Th>
              <Th>{d.columns.by}</Th>
              <Th>{d.columns.when}</Th>
              <Th>{d.columns.note}</Th>
            </THead>
            <TBody>
              {data.versions.map((v) => (
                <Tr key={v.version}>
                  <Th scope="row">{v.version}</Th>
                  <Td className="mp-break">
                    <a className="utrecht-link utrecht-link--html-a" href={documentVersionUrl(articleId, v.version)} download={v.filename}>
                      {v.filename}
                    </a>
                  </Td>
                  <Td className="mp-nowrap">{formatSize(v.sizeBytes, locale)}</Td>
                  <Td>{v.uploadedBy}</Td>
                  <Td className="mp-nowrap">{dateTime(v.uploadedAt)}</Td>
                  <Td>{v.changeNote ?? '—'}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </>
      )}
      {mayUpload && (
        <>
          <Heading level={3} id="kb-document-upload-title">
            {data?.current ? d.upload : d.uploadFirst}
          </Heading>
          <ErrorSummary {...form.summaryProps} />
          <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="kb-document-upload-title">
            <TextField
              ref={fileRef}
              id="kb-document-file"
              type="file"
              label={d.file}
              hint={d.uploadHint}
              required
              accept={ACCEPT}
              error={form.errors.contentBase64}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              className="mp-file-field"
            />
            <TextField id="kb-document-note" label={d.changeNote} maxLength={500} value={note} error={form.errors.changeNote} onChange={(e) => setNote(e.target.value)} />
            <Button type="submit" appearance="primary" busy={form.busy}>
              {d.submit}
            </Button>
          </form>
        </>
      )}
    </Section>
  );
}
