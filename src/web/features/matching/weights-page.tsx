import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import { getMatchingSettings, updateMatchingSettings, type MatchingSettings, type ScoreKey, type Weights } from '../../api/matching.js';
import { ApiError } from '../../api/problem.js';
import { Alert } from '../../components/alert.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { describedBy, FieldError, TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { useQuery } from '../../hooks/use-query.js';
import { assignInvalidParams, describeError } from '../../i18n/describe-error.js';
import { useI18n, type Locale } from '../../i18n/i18n.js';
import { describeMatchingError } from './matching-errors.js';
import './matching.css';

const KEYS: readonly ScoreKey[] = ['fairness', 'distance', 'load', 'experience', 'language', 'declines'];
const fieldId = (key: ScoreKey) => `weight-${key}`;
const GROUP_ID = 'weights';

/**
 * The API keeps relative weights (the defaults are fractions summing to 1, e.g. 0.25); the page
 * shows them as whole numbers out of 100, which is how people think of "how much counts what".
 */
const toPoints = (weight: number) => Math.round(weight * 100 * 1e6) / 1e6;
const fromPoints = (points: number) => points / 100;

const numberText = (n: number, locale: Locale) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 4 }).format(n);
const percentText = (share: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** A weight typed in a field: a whole number 0..100, or why not. */
function parseWeight(raw: string): { value: number } | { problem: 'required' | 'wholeNumber' } {
  const s = raw.trim();
  if (s === '') return { problem: 'required' };
  if (!/^\d{1,3}$/.test(s) || Number(s) > 100) return { problem: 'wholeNumber' };
  return { value: Number(s) };
}

/**
 * The pool's matching weights for administrators and coordinators: each part of the candidates'
 * score as a whole number with its meaning, its default and its current share of the score;
 * "Standaardgewichten herstellen" (after a confirmation) when the pool uses weights of its own.
 */
export function WeightsPage() {
  const { t, locale } = useI18n();
  const w = t.matching.weights;
  const loaded = useQuery((signal) => getMatchingSettings(signal), []);
  const [saved, setSaved] = useState<MatchingSettings | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<{ text: string; n: number } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const settings = saved ?? loaded.data;
  const done = (next: MatchingSettings, text: string) => {
    setSaved(next);
    // A new form with the stored values (as the server now has them).
    setVersion((v) => v + 1);
    // A fresh object each time, so the same message twice still moves the focus to it.
    setNotice((n) => ({ text, n: (n?.n ?? 0) + 1 }));
  };

  return (
    <Page
      title={w.title}
      heading={w.titleParts.map((part, i) => (
        <Fragment key={part}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    >
      <Paragraph lead>{w.intro}</Paragraph>
      <Paragraph>{w.relative}</Paragraph>
      {notice && (
        <Alert type="ok" ref={noticeRef} tabIndex={-1} className="mp-notice">
          <p className="utrecht-paragraph">{notice.text}</p>
        </Alert>
      )}
      {loaded.error !== undefined && !settings && (
        <Alert type="error" heading={t.matching.loadFailed}>
          <p className="utrecht-paragraph">{describeError(loaded.error, t, locale)}</p>
          <Button onClick={loaded.reload}>{t.common.retry}</Button>
        </Alert>
      )}
      {!settings && loaded.error === undefined && <Loading />}
      {settings && (
        <>
          <Paragraph>
            <strong>{settings.weightsAreDefault ? w.usingDefaults : w.usingOwn}</strong>
          </Paragraph>
          <Paragraph>
            {w.departmentRule(settings.allowDifferentDepartment)} <AppLink to="/register/instellingen">{w.settingsLink}</AppLink>
          </Paragraph>
          <WeightsForm key={version} settings={settings} onDone={done} />
        </>
      )}
    </Page>
  );
}

function WeightsForm({ settings, onDone }: { settings: MatchingSettings; onDone(next: MatchingSettings, message: string): void }) {
  const { t, locale } = useI18n();
  const w = t.matching.weights;
  const partName = (key: ScoreKey) => t.matching.scoreParts[key];
  const [values, setValues] = useState<Record<ScoreKey, string>>(() => {
    const out = {} as Record<ScoreKey, string>;
    for (const key of KEYS) out[key] = String(toPoints(settings.weights[key]));
    return out;
  });
  const [errors, setErrors] = useState<Partial<Record<ScoreKey | 'group', string>>>({});
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [resetOpen, setResetOpen] = useState(false);
  const [resetError, setResetError] = useState<string | undefined>(undefined);
  const [resetBusy, setResetBusy] = useState(false);

  // The share of each part, from the numbers as typed, while all of them are valid.
  const parsed = KEYS.map((key) => parseWeight(values[key]));
  const numbers = parsed.every((p) => 'value' in p) ? parsed.map((p) => ('value' in p ? p.value : 0)) : null;
  const total = numbers?.reduce((s, n) => s + n, 0) ?? 0;
  const hintFor = (key: ScoreKey, i: number) =>
    [
      w.descriptions[key],
      w.defaultValue(numberText(toPoints(settings.defaults[key]), locale)),
      numbers && total > 0 ? w.share(percentText(numbers[i]! / total, locale)) : '',
    ]
      .filter(Boolean)
      .join(' ');

  const focusSummary = () => requestAnimationFrame(() => document.getElementById('weights-summary')?.focus());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const next: Partial<Record<ScoreKey | 'group', string>> = {};
    KEYS.forEach((key, i) => {
      const p = parsed[i]!;
      if ('problem' in p) next[key] = p.problem === 'required' ? w.required(partName(key)) : w.wholeNumber(partName(key));
    });
    if (numbers && total === 0) next.group = w.allZero;
    setErrors(next);
    setError(undefined);
    if (Object.keys(next).length > 0 || !numbers) {
      focusSummary();
      return;
    }
    setBusy(true);
    try {
      const weights = Object.fromEntries(KEYS.map((key, i) => [key, fromPoints(numbers[i]!)])) as Weights;
      onDone(await updateMatchingSettings({ weights }), w.saved);
    } catch (err) {
      const fieldOf = (name: string) => {
        const key = name.replace(/^weights\/?/, '');
        return key === '' ? 'group' : (KEYS as readonly string[]).includes(key) ? (key as ScoreKey) : null;
      };
      const fields = err instanceof ApiError && err.status === 400 ? assignInvalidParams(err.invalidParams, fieldOf, t, locale).fields : {};
      if (Object.keys(fields).length > 0) {
        setErrors(fields);
        focusSummary();
      } else {
        setError(describeMatchingError(err, t, locale));
      }
    } finally {
      setBusy(false);
    }
  };

  const reset = async () => {
    if (resetBusy) return;
    setResetBusy(true);
    setResetError(undefined);
    try {
      const next = await updateMatchingSettings({ reset: true });
      setResetOpen(false);
      onDone(next, w.resetDone);
    } catch (err) {
      setResetError(describeMatchingError(err, t, locale));
    } finally {
      setResetBusy(false);
    }
  };

  const summary = [
    ...(errors.group ? [{ fieldId: fieldId(KEYS[0]!), message: errors.group }] : []),
    ...KEYS.filter((key) => errors[key]).map((key) => ({ fieldId: fieldId(key), message: errors[key] ?? '' })),
  ];

  return (
    <>
      <form id="weights-form" className="mp-form" noValidate onSubmit={(e) => void submit(e)}>
        {summary.length > 0 && <ErrorSummary id="weights-summary" heading={w.summary} items={summary} />}
        <fieldset
          className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset${errors.group ? ' utrecht-form-fieldset--invalid' : ''}`}
          aria-describedby={describedBy(`${GROUP_ID}-group`, undefined, errors.group)}
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{w.legend}</legend>
          <FieldError id={`${GROUP_ID}-group`} error={errors.group} />
          {KEYS.map((key, i) => (
            <TextField
              key={key}
              id={fieldId(key)}
              label={partName(key)}
              hint={hintFor(key, i)}
              required
              inputMode="numeric"
              autoComplete="off"
              maxLength={3}
              width="sm"
              error={errors[key]}
              value={values[key]}
              onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
            />
          ))}
          {numbers && <Paragraph>{w.total(numberText(total, locale))}</Paragraph>}
        </fieldset>
        {error && (
          <Alert type="error" urgent>
            <p className="utrecht-paragraph">{error}</p>
          </Alert>
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            {w.save}
          </Button>
          {!settings.weightsAreDefault && (
            <Button
              onClick={() => {
                setResetError(undefined);
                setResetOpen(true);
              }}
            >
              {w.reset}
            </Button>
          )}
        </ButtonGroup>
      </form>
      <ConfirmDialog
        id="weights-reset-dialog"
        open={resetOpen}
        title={w.resetTitle}
        confirmLabel={w.resetConfirm}
        busy={resetBusy}
        error={resetError}
        onConfirm={() => void reset()}
        onCancel={() => setResetOpen(false)}
      >
        <p className="utrecht-paragraph">{w.resetBody}</p>
        <ul className="utrecht-unordered-list">
          {KEYS.map((key) => (
            <li key={key} className="utrecht-unordered-list__item">
              {partName(key)}: {numberText(toPoints(settings.defaults[key]), locale)}
            </li>
          ))}
        </ul>
      </ConfirmDialog>
    </>
  );
}
