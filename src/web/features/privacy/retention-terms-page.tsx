import { useRef, useState, type FormEvent } from 'react';
import { getRetentionTerms, saveRetentionTerms, type RetentionTerm, type RetentionTerms } from '../../api/privacy.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { StatusBadge } from '../../components/status-badge.js';
import { useQuery } from '../../hooks/use-query.js';
import { ApiError } from '../../api/problem.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { PRIVACY_PATHS } from './paths.js';

/** Beheer → Bewaartermijnen: the pool's term per kind, its default and the default's source, and what destruction removes and keeps. */
export function RetentionTermsPage() {
  const { t } = useI18n();
  const m = t.privacy.terms;
  const terms = useQuery((signal) => getRetentionTerms(signal), []);
  return (
    <Page title={m.title}>
      <Paragraph lead>{m.intro}</Paragraph>
      <p className="utrecht-paragraph">
        <AppLink to={PRIVACY_PATHS.lists}>{m.listsLink}</AppLink>
      </p>
      {terms.loading && <Loading />}
      {terms.error !== undefined && <LoadFailed error={terms.error} onRetry={terms.reload} />}
      {terms.data && <TermsForm terms={terms.data} />}
    </Page>
  );
}

function TermsForm({ terms }: { terms: RetentionTerms }) {
  const { t, locale } = useI18n();
  const m = t.privacy.terms;
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(terms.items.map((i) => [i.kind, String(i.months)])));
  const [current, setCurrent] = useState(terms);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const editable = current.allowedActions.includes('update-terms');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setSaved(false);
    setError(null);
    setErrors({});
    try {
      const next = await saveRetentionTerms({ terms: current.items.map((i) => ({ kind: i.kind, months: Number(values[i.kind]) })) });
      setCurrent(next);
      setSaved(true);
      requestAnimationFrame(() => savedRef.current?.focus());
    } catch (err) {
      const fieldErrors: Record<string, string> = {};
      if (err instanceof ApiError) {
        for (const p of err.invalidParams ?? []) {
          const index = Number(/terms\/(\d+)/.exec(p.name)?.[1] ?? -1);
          const kind = current.items[index]?.kind;
          if (kind) fieldErrors[kind] = p.reason;
        }
      }
      setErrors(fieldErrors);
      setError(describeError(err, t, locale));
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  const summary = Object.entries(errors).map(([kind, reason]) => ({ fieldId: `term-${kind}`, message: `${t.privacy.kinds[kind as RetentionTerm['kind']]}: ${reason}` }));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {error && summary.length > 0 && <ErrorSummary id="terms-errors" ref={summaryRef} heading={m.errorsHeading} items={summary} />}
      {error && summary.length === 0 && (
        <div ref={summaryRef} tabIndex={-1}>
          <Alert type="error">
            <p className="utrecht-paragraph">{error}</p>
          </Alert>
        </div>
      )}
      <div ref={savedRef} tabIndex={-1} aria-live="polite">
        {saved && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{m.saved}</p>
          </Alert>
        )}
      </div>
      {!editable && <Paragraph>{m.readOnly}</Paragraph>}
      {current.items.map((item) => (
        <Section key={item.kind} id={`kind-${item.kind}`} title={t.privacy.kinds[item.kind]}>
          <p className="utrecht-paragraph">
            <StatusBadge tone={item.isDefault ? 'neutral' : 'active'}>{item.isDefault ? m.standard(item.defaultMonths) : m.own}</StatusBadge>
          </p>
          <TextField
            id={`term-${item.kind}`}
            label={m.months}
            hint={m.monthsHint(t.privacy.kindStarts[item.kind])}
            inputMode="numeric"
            width="sm"
            value={values[item.kind] ?? ''}
            readOnly={!editable}
            error={errors[item.kind]}
            onChange={(e) => setValues((v) => ({ ...v, [item.kind]: e.target.value }))}
          />
          <p className="utrecht-paragraph">
            <strong>{m.source}:</strong> {t.privacy.sources?.[item.kind] ?? item.defaultSource}
          </p>
          <details>
            <summary>
              {m.removes} / {m.keeps}
            </summary>
            <h3 className="utrecht-heading-3">{m.removes}</h3>
            <ul className="utrecht-unordered-list">
              {item.removes.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            <h3 className="utrecht-heading-3">{m.keeps}</h3>
            <ul className="utrecht-unordered-list">
              {item.keeps.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </details>
        </Section>
      ))}
      {editable && (
        <p className="utrecht-paragraph">
          <Button type="submit" appearance="primary" busy={busy}>
            {m.save}
          </Button>
        </p>
      )}
    </form>
  );
}
