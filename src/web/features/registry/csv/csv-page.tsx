import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, type InvalidParam } from '../../../api/problem.js';
import { csvExportUrl, importCsv, type CsvSubject, type ImportResult } from '../../../api/registry.js';
import { Alert } from '../../../components/alert.js';
import { Button } from '../../../components/button.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { FileField } from '../../../components/file-field.js';
import { CheckboxField } from '../../../components/form-field.js';
import { Heading, Paragraph } from '../../../components/heading.js';
import { Page, Section } from '../../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/table.js';
import { useForm } from '../../../hooks/use-form.js';
import { useAnnounce } from '../../../app/announcer.js';
import { describeError, describeInvalidParam } from '../../../i18n/describe-error.js';
import { useI18n } from '../../../i18n/i18n.js';
import { readFileAsBase64 } from '../format.js';
import { BackLink } from '../parts.js';

const SUBJECTS: CsvSubject[] = ['municipalities', 'mediators'];

/** CSV export (download links) and all-or-nothing import with every failing row and field listed. */
export function CsvPage() {
  const { t } = useI18n();
  const c = t.registry.csv;
  return (
    <Page title={c.title}>
      <BackLink to="/register">{t.registry.common.backToRegister}</BackLink>
      <Paragraph lead>{c.intro}</Paragraph>
      {SUBJECTS.map((subject) => (
        <Section key={subject} id={`csv-${subject}`} title={c.subjects[subject]}>
          <Paragraph>{c.subjectIntro[subject]}</Paragraph>
          <Heading level={3} className="mp-reg-subheading">
            {c.exportHeading}
          </Heading>
          <ul className="utrecht-unordered-list">
            <li className="utrecht-unordered-list__item">
              <a className="utrecht-link utrecht-link--html-a" href={csvExportUrl(subject, 'semicolon')} download>
                {c.exportSemicolon(c.subjects[subject])}
              </a>
            </li>
            <li className="utrecht-unordered-list__item">
              <a className="utrecht-link utrecht-link--html-a" href={csvExportUrl(subject, 'comma')} download>
                {c.exportComma(c.subjects[subject])}
              </a>
            </li>
          </ul>
          <Heading level={3} className="mp-reg-subheading">
            {c.importHeading}
          </Heading>
          <ImportForm subject={subject} />
        </Section>
      ))}
    </Page>
  );
}

interface Row {
  row: string;
  field: string;
  problem: string;
}

/** "row 3/code" → row 3, column code; file and header problems concern the whole file. */
function toRow(p: InvalidParam, text: string, c: ReturnType<typeof useI18n>['t']['registry']['csv']): Row {
  const m = /^row (\d+)(?:\/(.+))?$/.exec(p.name);
  if (m) return { row: m[1]!, field: m[2] ?? c.wholeRow, problem: text };
  if (p.name === 'header') return { row: c.header, field: c.wholeFile, problem: text };
  return { row: c.wholeFile, field: p.name === 'file' ? c.wholeFile : p.name, problem: text };
}

function ImportForm({ subject }: { subject: CsvSubject }) {
  const { t, locale } = useI18n();
  const c = t.registry.csv;
  const announce = useAnnounce();
  const prefix = `csv-${subject}`;
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [refusal, setRefusal] = useState<{ detail: string; rows: Row[] } | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const form = useForm(prefix, { file: `${prefix}-file` });

  useEffect(() => {
    if (result || refusal) outcomeRef.current?.focus();
  }, [result, refusal]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    setRefusal(null);
    if (!file) return form.fail({ file: t.registry.common.fileRequired });
    await form.submit(async () => {
      let contentBase64: string;
      try {
        contentBase64 = await readFileAsBase64(file);
      } catch {
        form.fail({ file: t.registry.common.fileUnreadable });
        return;
      }
      try {
        const done = await importCsv(subject, { filename: file.name, contentBase64, dryRun });
        setResult(done);
        announce(done.dryRun ? c.dryRunHeading : c.successHeading);
      } catch (err) {
        // A refused file: every failing row and field in a table, not one by one in the form.
        if (err instanceof ApiError && err.invalidParams.length > 0) {
          const rows = err.invalidParams.map((p) => toRow(p, describeInvalidParam(p, t, locale), c));
          setRefusal({ detail: describeError(err, t, locale), rows });
          announce(c.refusedHeading);
        } else throw err;
      }
    });
  };

  return (
    <>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <FileField
          id={`${prefix}-file`}
          name="file"
          label={c.file}
          hint={c.fileHint}
          accept=".csv,text/csv"
          required
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setResult(null);
            setRefusal(null);
          }}
          error={form.errors.file}
        />
        <CheckboxField id={`${prefix}-dry-run`} name="dryRun" label={c.dryRun} checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? c.submitting : dryRun ? c.submitDryRun : c.submit}
        </Button>
      </form>

      {result && (
        <Alert type="ok" heading={result.dryRun ? c.dryRunHeading : c.successHeading} ref={outcomeRef} tabIndex={-1} id={`${prefix}-result`}>
          <p className="utrecht-paragraph">
            {(result.dryRun ? c.dryRunSummary : c.summary)(result.rows, result.created, result.updated, result.unchanged)}
          </p>
          {result.warnings.length > 0 && (
            <>
              <p className="utrecht-paragraph">
                <strong>{c.warnings}</strong>
              </p>
              <ul className="utrecht-unordered-list">
                {result.warnings.map((w, i) => {
                  const r = toRow(w, describeInvalidParam(w, t, locale), c);
                  return (
                    <li key={`${w.name}-${i}`} className="utrecht-unordered-list__item">
                      {c.warningLine(r.row, r.field, r.problem)}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </Alert>
      )}

      {refusal && (
        <div className="mp-reg-refusal">
          <Alert type="error" heading={c.refusedHeading} ref={outcomeRef} tabIndex={-1} id={`${prefix}-refusal`}>
            <p className="utrecht-paragraph">{refusal.detail}</p>
          </Alert>
          <Table id={`${prefix}-problems`} caption={c.problemsCaption(refusal.rows.length)} className="mp-reg-table">
            <THead>
              <Th>{c.columns.row}</Th>
              <Th>{c.columns.field}</Th>
              <Th>{c.columns.problem}</Th>
            </THead>
            <TBody>
              {refusal.rows.map((r, i) => (
                <Tr key={`${r.row}-${r.field}-${i}`}>
                  <Th scope="row">{r.row}</Th>
                  <Td>
                    <code className="utrecht-code">{r.field}</code>
                  </Td>
                  <Td>{r.problem}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </div>
      )}
    </>
  );
}
