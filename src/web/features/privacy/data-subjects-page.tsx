import { useRef, useState, type FormEvent } from 'react';
import { correctParty, eraseParty, findPeople, personExportUrl, type PersonMatch } from '../../api/privacy.js';
import { Alert } from '../../components/alert.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { DialogFrame } from '../../components/dialog-frame.js';
import { TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { Page } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';

type Fields = { name: string; email: string; phone: string; organisation: string; department: string };

/** Beheer → Rechten van betrokkenen: find a person in the pool, export (JSON, PDF), correct a party, erase a party with confirmation. */
export function DataSubjectsPage() {
  const { t, locale, number } = useI18n();
  const m = t.privacy.rights;
  const [q, setQ] = useState('');
  const [shownFor, setShownFor] = useState('');
  const [results, setResults] = useState<{ items: PersonMatch[]; truncated: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [qError, setQError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState<PersonMatch | null>(null);
  const [fields, setFields] = useState<Fields>({ name: '', email: '', phone: '', organisation: '', department: '' });
  const [erasing, setErasing] = useState<PersonMatch | null>(null);
  const [dialogError, setDialogError] = useState<string | undefined>(undefined);
  const resultsRef = useRef<HTMLDivElement>(null);

  const search = async (text: string) => {
    setBusy(true);
    setError(null);
    setQError(undefined);
    try {
      setResults(await findPeople(text));
      setShownFor(text);
    } catch (err) {
      setResults(null);
      setError(describeError(err, t, locale));
    } finally {
      setBusy(false);
      requestAnimationFrame(() => resultsRef.current?.focus());
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setNotice(null);
    if (q.trim().length < 2) {
      setQError(m.searchHint);
      return;
    }
    void search(q.trim());
  };

  const afterChange = async (text: string) => {
    setCorrecting(null);
    setErasing(null);
    setNotice(text);
    if (shownFor) await search(shownFor);
  };

  const saveCorrection = async (e: FormEvent) => {
    e.preventDefault();
    if (!correcting || busy) return;
    setBusy(true);
    setDialogError(undefined);
    try {
      // Only what was filled in and differs: a field left empty stays as it is.
      const changed = Object.fromEntries(
        Object.entries(fields).filter(([k, v]) => v.trim() !== '' && v !== (k === 'name' ? correcting.name : k === 'email' ? (correcting.email ?? '') : '')),
      );
      await correctParty(correcting.id, changed);
      setBusy(false);
      await afterChange(m.corrected);
    } catch (err) {
      setDialogError(describeError(err, t, locale));
      setBusy(false);
    }
  };

  const erase = async () => {
    if (!erasing || busy) return;
    setBusy(true);
    setDialogError(undefined);
    try {
      const result = await eraseParty(erasing.id);
      setBusy(false);
      await afterChange(result.scope === 'all' ? m.erasedAll : `${m.erasedContact} ${result.reasons.join(' ')}`);
    } catch (err) {
      setDialogError(describeError(err, t, locale));
      setBusy(false);
    }
  };

  const field = (key: keyof Fields, type = 'text') => (
    <TextField id={`correct-${key}`} label={m.fields[key]} type={type} value={fields[key]} onChange={(e) => setFields((f) => ({ ...f, [key]: e.target.value }))} />
  );

  return (
    <Page title={m.title}>
      <Paragraph lead>{m.intro}</Paragraph>
      <form role="search" onSubmit={submit} noValidate>
        <TextField id="person-q" label={m.search} hint={m.searchHint} value={q} error={qError} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
        <p className="utrecht-paragraph">
          <Button type="submit" appearance="primary" busy={busy}>
            {m.find}
          </Button>
        </p>
      </form>
      <div ref={resultsRef} tabIndex={-1} aria-live="polite">
        {notice && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{notice}</p>
          </Alert>
        )}
        {error && (
          <Alert type="error">
            <p className="utrecht-paragraph">{error}</p>
          </Alert>
        )}
        {results && <p className="utrecht-paragraph">{results.items.length === 0 ? m.none : m.results(results.items.length)}</p>}
        {results?.truncated && <p className="utrecht-paragraph">{m.truncated}</p>}
      </div>
      {results && results.items.length > 0 && (
        <Table id="people" caption={m.caption}>
          <THead>
            <Tr>
              <Th>{m.name}</Th>
              <Th>{m.kind}</Th>
              <Th>{m.email}</Th>
              <Th>{m.cases}</Th>
              <Th>{m.actions}</Th>
            </Tr>
          </THead>
          <TBody>
            {results.items.map((p) => (
              <Tr key={`${p.kind}-${p.id}`}>
                <Th scope="row">{p.name}</Th>
                <Td>{m.kinds[p.kind]}</Td>
                <Td className="mp-break">{p.email ?? '—'}</Td>
                <Td>{number(p.caseCount)}</Td>
                <Td>
                  <ButtonGroup>
                    {p.allowedActions.includes('export') && (
                      <>
                        <a className="utrecht-link utrecht-link--html-a" href={personExportUrl(p.kind, p.id, 'json')} download aria-label={m.exportJsonLabel(p.name)}>
                          {m.exportJson}
                        </a>
                        <a className="utrecht-link utrecht-link--html-a" href={personExportUrl(p.kind, p.id, 'pdf')} download aria-label={m.exportPdfLabel(p.name)}>
                          {m.exportPdf}
                        </a>
                      </>
                    )}
                    {p.allowedActions.includes('correct') && (
                      <Button
                        aria-label={m.correctLabel(p.name)}
                        onClick={() => {
                          setDialogError(undefined);
                          setFields({ name: p.name, email: p.email ?? '', phone: '', organisation: '', department: '' });
                          setCorrecting(p);
                        }}
                      >
                        {m.correct}
                      </Button>
                    )}
                    {p.allowedActions.includes('erase') && (
                      <Button
                        danger
                        aria-label={m.eraseLabel(p.name)}
                        onClick={() => {
                          setDialogError(undefined);
                          setErasing(p);
                        }}
                      >
                        {m.erase}
                      </Button>
                    )}
                  </ButtonGroup>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <DialogFrame id="correct-dialog" open={correcting !== null} title={correcting ? m.correctTitle(correcting.name) : ''} busy={busy} initialFocusId="correct-name" onCancel={() => setCorrecting(null)}>
        <form onSubmit={(e) => void saveCorrection(e)} noValidate>
          <p className="utrecht-paragraph">{m.correctIntro}</p>
          {dialogError && (
            <Alert type="error" urgent>
              <p className="utrecht-paragraph">{dialogError}</p>
            </Alert>
          )}
          {field('name')}
          {field('email', 'email')}
          {field('phone', 'tel')}
          {field('organisation')}
          {field('department')}
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={busy}>
              {m.saveCorrection}
            </Button>
            <Button appearance="secondary" onClick={() => setCorrecting(null)}>
              {t.privacy.list.cancel}
            </Button>
          </ButtonGroup>
        </form>
      </DialogFrame>
      <ConfirmDialog
        id="erase-dialog"
        open={erasing !== null}
        title={erasing ? m.eraseTitle(erasing.name) : ''}
        confirmLabel={m.confirmErase}
        busy={busy}
        error={dialogError}
        onConfirm={() => void erase()}
        onCancel={() => setErasing(null)}
      >
        <p className="utrecht-paragraph">{m.eraseBody}</p>
      </ConfirmDialog>
    </Page>
  );
}
