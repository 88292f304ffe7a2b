import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Messages } from './nl.js';
import { getShown, loadFeatureMessages, showLocale, storeLocale, subscribe, targetLocale, type Feature, type Locale } from './catalogues.js';
import { formatDate, formatDateTime, formatNumber } from './format.js';

export { isLocale, LOCALES, storedLocale, type Feature, type Locale } from './catalogues.js';

interface I18nValue {
  locale: Locale;
  t: Messages;
  /** Shows the app in `locale` once its catalogues are loaded (at once when they are). */
  setLocale(locale: Locale): void;
  dateTime(iso: string): string;
  date(iso: string): string;
  /** A number as the language writes it (decimal comma in Dutch, point in English), at most `fractionDigits` decimals. */
  number(n: number, fractionDigits?: number): string;
}

const I18nContext = createContext<I18nValue | null>(null);

/**
 * Dutch first: Dutch unless this device chose English before. Nothing renders until the chosen
 * language's catalogue has arrived, so no page ever flashes keys or the other language.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const shown = useSyncExternalStore(subscribe, getShown, getShown);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!getShown()) showLocale(targetLocale()).catch(() => setFailed(true));
  }, []);

  useEffect(() => {
    if (shown) document.documentElement.lang = shown.locale;
  }, [shown]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    showLocale(next).catch(() => {
      // The catalogue did not arrive (offline?): the page stays in the language it had.
    });
  }, []);

  const value = useMemo<I18nValue | null>(
    () =>
      shown && {
        locale: shown.locale,
        t: shown.t,
        setLocale,
        dateTime: (iso) => formatDateTime(iso, shown.locale),
        date: (iso) => formatDate(iso, shown.locale),
        number: (n, fractionDigits) => formatNumber(n, shown.locale, fractionDigits),
      },
    [shown, setLocale],
  );
  if (failed) {
    // No catalogue, so both languages, as index.html's <noscript> does.
    return (
      <p className="utrecht-paragraph mp-boot" role="alert">
        Mediatorpool kon niet worden geladen. Laad de pagina opnieuw. / Mediatorpool could not be loaded. Please reload the page.
      </p>
    );
  }
  if (!value) return <div className="mp-boot" aria-busy="true" />;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/**
 * Renders `children` once these features' catalogues are part of `t` (loading them if needed),
 * and `fallback` until then. For parts of the page that are not routes of their own, such as the
 * signed-in frame, whose menu names every feature.
 */
export function WithFeatureMessages({ features, fallback, children }: { features: readonly Feature[]; fallback: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  const ready = features.every((f) => f in t);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!ready) loadFeatureMessages(features).catch(setError);
  }, [ready, features]);
  if (error) throw error;
  return ready ? children : fallback;
}
