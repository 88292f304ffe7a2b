import { useRef, useState, type FormEvent } from 'react';
import { COVENANT_DOCUMENT_URL, removeCovenantDocument, uploadCovenantDocument, type StoredDocument } from '../../../api/registry.js';
import { Button } from '../../../components/button.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { FileField } from '../../../components/file-field.js';
import { Paragraph } from '../../../components/heading.js';
import { Section } from '../../../components/page.js';
import { useForm } from '../../../hooks/use-form.js';
import { useNotice } from '../../../hooks/use-notice.js';
import { describeError } from '../../../i18n/describe-error.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatBytes, readFileAsBase64 } from '../format.js';
import { Notice } from '../parts.js';

const MAX_BYTES = 10 * 1024 * 1024;

/** The signed covenant as a PDF: download for everyone who reads the settings, upload and remove for the administrator. */
export function CovenantSection({ document, editable, onChanged }: { document: StoredDocument | null; editable: boolean; onChanged(doc: StoredDocument | null): void }) {
  const { t, locale, dateTime } = useI18n();
  const c = t.registry.covenant;
  const [file, setFile] = useState<File | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const form = useForm('covenant', { file: 'covenant-file', filename: 'covenant-file', contentBase64: 'covenant-file' });
  const notice = useNotice();
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | undefined>(undefined);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    notice.clear();
    if (!file) return form.fail({ file: t.registry.common.fileRequired });
    const isPdf = file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf');
    if (!isPdf) return form.fail({ file: c.notPdf });
    if (file.size > MAX_BYTES) return form.fail({ file: c.tooLarge });
    await form.submit(async () => {
      let contentBase64: string;
      try {
        contentBase64 = await readFileAsBase64(file);
      } catch {
        form.fail({ file: t.registry.common.fileUnreadable });
        return;
      }
      const doc = await uploadCovenantDocument({ filename: file.name, contentBase64 });
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
      onChanged(doc);
      notice.show(c.uploaded(doc.filename));
    });
  };

  const onRemove = async () => {
    setRemoving(true);
    setRemoveError(undefined);
    try {
      await removeCovenantDocument();
      setConfirming(false);
      onChanged(null);
      notice.show(c.removed);
    } catch (err) {
      setRemoveError(describeError(err, t, locale));
    } finally {
      setRemoving(false);
    }
  };

  return (
    <Section id="covenant" title={c.heading}>
      <Notice text={notice.notice} focus />
      {document ? (
        <>
          <Paragraph>{c.current(document.filename, formatBytes(document.sizeBytes, locale), dateTime(document.uploadedAt))}</Paragraph>
          <div className="mp-button-row">
            <a
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              href={COVENANT_DOCUMENT_URL}
              download={document.filename}
              aria-label={c.downloadLabel(document.filename)}
            >
              {c.download}
            </a>
            {editable && (
              <Button
                appearance="secondary"
                danger
                onClick={() => {
                  setRemoveError(undefined);
                  setConfirming(true);
                }}
              >
                {c.remove}
              </Button>
            )}
          </div>
        </>
      ) : (
        <Paragraph>{c.none}</Paragraph>
      )}
      {editable && (
        <>
          <ErrorSummary {...form.summaryProps} />
          <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
            <FileField
              ref={fileRef}
              id="covenant-file"
              name="file"
              label={c.file}
              hint={c.fileHint}
              accept="application/pdf,.pdf"
              required
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              error={form.errors.file ?? form.errors.filename ?? form.errors.contentBase64}
            />
            <Button type="submit" appearance="primary" busy={form.busy}>
              {form.busy ? c.uploading : c.upload}
            </Button>
          </form>
        </>
      )}
      <ConfirmDialog
        id="covenant-remove-dialog"
        open={confirming}
        title={c.removeTitle}
        confirmLabel={c.remove}
        busy={removing}
        error={removeError}
        onConfirm={() => void onRemove()}
        onCancel={() => setConfirming(false)}
      >
        <p className="utrecht-paragraph">{document ? c.removeBody(document.filename) : ''}</p>
      </ConfirmDialog>
    </Section>
  );
}
