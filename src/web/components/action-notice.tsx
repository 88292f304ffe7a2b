import { useCallback, useEffect, useRef, useState } from 'react';
import { useNotice } from '../hooks/use-notice.js';
import { Alert } from './alert.js';

/**
 * The confirmation after an action in a table or dialog, said by screen readers. When the button
 * that started the action is gone afterwards (a row removed, a status changed), `focus` moves the
 * keyboard focus to the confirmation. The effect lives in the section that owns the dialog, so it
 * runs after the dialog has closed and handed the focus back.
 */
export function useActionNotice() {
  const notice = useNotice();
  const ref = useRef<HTMLDivElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest > 0) ref.current?.focus();
  }, [focusRequest]);

  const show = useCallback(
    (text: string, opts: { focus?: boolean } = {}) => {
      notice.show(text);
      if (opts.focus) setFocusRequest((n) => n + 1);
    },
    [notice.show],
  );

  const node = notice.notice ? (
    <Alert type="ok" className="mp-notice" ref={ref} tabIndex={-1}>
      <p className="utrecht-paragraph">{notice.notice}</p>
    </Alert>
  ) : null;

  return { text: notice.notice, show, clear: notice.clear, node };
}
