import { useMemo } from 'react';
import { LANGUAGE_CODE_PATTERN } from '../../../domain/registry/mediator-values.js';
import { CheckboxGroup, TextField } from '../../components/form-field.js';
import { useI18n } from '../../i18n/i18n.js';
import { languageName } from './format.js';

/** Languages most often asked for in Dutch municipalities; any other ISO code can be typed. */
export const COMMON_LANGUAGES = ['nl', 'fy', 'en', 'de', 'fr', 'es', 'pl', 'tr', 'ar', 'uk', 'pap', 'so', 'ti'] as const;

export interface LanguageValue {
  common: string[];
  /** The other codes as typed, e.g. "ber, ku". */
  others: string;
}

export const toLanguageValue = (codes: readonly string[]): LanguageValue => ({
  common: codes.filter((c) => (COMMON_LANGUAGES as readonly string[]).includes(c)),
  others: codes.filter((c) => !(COMMON_LANGUAGES as readonly string[]).includes(c)).join(', '),
});

/** The codes to send, or the codes that are not valid ISO codes. */
export function readLanguages(value: LanguageValue): { codes: string[] } | { bad: string[] } {
  const typed = value.others
    .split(/[,;\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const bad = typed.filter((c) => !LANGUAGE_CODE_PATTERN.test(c));
  if (bad.length) return { bad };
  const ordered = COMMON_LANGUAGES.filter((c) => value.common.includes(c));
  return { codes: [...new Set([...ordered, ...typed])] };
}

/** Checkboxes for the common languages, named in the reader's language, plus a field for others. */
export function LanguagePicker({
  id,
  value,
  onChange,
  error,
  othersError,
  hint,
}: {
  id: string;
  value: LanguageValue;
  onChange(next: LanguageValue): void;
  error?: string | undefined;
  othersError?: string | undefined;
  hint?: string;
}) {
  const { t, locale } = useI18n();
  const r = t.registry.languages;
  const options = useMemo(() => COMMON_LANGUAGES.map((c) => ({ value: c as string, label: languageName(c, locale) })), [locale]);
  return (
    <div className="mp-reg-languages">
      <CheckboxGroup id={id} legend={r.legend} hint={hint ?? r.hint} options={options} value={value.common} onChange={(common) => onChange({ ...value, common })} error={error} />
      <TextField
        id={`${id}-others`}
        label={r.others}
        hint={r.othersHint}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
        width="md"
        value={value.others}
        onChange={(e) => onChange({ ...value, others: e.target.value })}
        error={othersError}
      />
    </div>
  );
}
