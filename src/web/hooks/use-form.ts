import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/problem.js';
import type { SummaryItem } from '../components/error-summary.js';
import { assignInvalidParams, describeError } from '../i18n/describe-error.js';
import { useI18n } from '../i18n/i18n.js';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Error handling shared by every form: messages per field (next to the field) plus a summary at
 * the top that takes the focus. Server answers (`invalidParams`) land on the field they name;
 * `fieldIds` maps the API's field names to the ids of the inputs.
 */
export function useForm<F extends string>(formId: string, fieldIds: Record<F, string>) {
  const { t, locale } = useI18n();
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const busyRef = useRef(false);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const clear = useCallback(() => {
    setErrors({});
    setGeneral([]);
  }, []);

  /** Shows these problems and moves the focus to the summary. */
  const fail = useCallback((fieldErrors: FieldErrors<F>, messages: string[] = []) => {
    setErrors(fieldErrors);
    setGeneral(messages);
    setAttempt((a) => a + 1);
  }, []);

  const failWith = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.invalidParams.length > 0) {
        const { fields, rest } = assignInvalidParams(error.invalidParams, (name) => (name in fieldIds ? (name as F) : null), t, locale);
        fail(fields, rest);
      } else {
        fail({}, [describeError(error, t, locale)]);
      }
    },
    [fail, fieldIds, t, locale],
  );

  /**
   * Runs a submit: ignores a second press while busy, clears old errors, shows new ones.
   * Resolves to true when the action succeeded.
   */
  const submit = useCallback(
    async (action: () => Promise<void>): Promise<boolean> => {
      if (busyRef.current) return false;
      busyRef.current = true;
      setBusy(true);
      clear();
      try {
        await action();
        return true;
      } catch (error) {
        failWith(error);
        return false;
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [clear, failWith],
  );

  const summaryItems: SummaryItem[] = [
    ...(Object.keys(fieldIds) as F[]).filter((f) => errors[f]).map((f) => ({ fieldId: fieldIds[f], message: errors[f]! })),
    ...general.map((message) => ({ message })),
  ];

  return {
    errors,
    busy,
    submit,
    fail,
    failWith,
    clear,
    summaryProps: { id: `${formId}-summary`, items: summaryItems, ref: summaryRef },
    hasErrors: summaryItems.length > 0,
  };
}

/** True when the value looks like an e-mail address; the server checks it properly. */
export const looksLikeEmail = (v: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim());
