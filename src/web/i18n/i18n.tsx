import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { nl, type Messages } from './nl.js';
import { en } from './en.js';
import { formatDate, formatDateTime } from './format.js';

export type Locale = 'nl' | 'en';
export const LOCALES: readonly Locale[] = ['nl', 'en'];
const catalogues: Record<Locale, Messages> = { nl, en };
const STORAGE_KEY = 'mediatorpool.taal';

export const isLocale = (v: unknown): v is Locale => v === 'nl' || v === 'en';

/** The language the person chose on this device, if they ever did. */
export function storedLocale(): Locale | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
}

interface I18nValue {
  locale: Locale;
  t: Messages;
  setLocale(locale: Locale): void;
  dateTime(iso: string): string;
  date(iso: string): string;
}

const I18nContext = createContext<I18nValue | null>(null);

/** Dutch first: Dutch unless this device chose English before. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => storedLocale() ?? 'nl');

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nValue>(
    () => ({
      locale,
      t: catalogues[locale],
      setLocale,
      dateTime: (iso) => formatDateTime(iso, locale),
      date: (iso) => formatDate(iso, locale),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
