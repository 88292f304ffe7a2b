import { useEffect } from 'react';
import { useAnnounce } from '../app/announcer.js';
import { useI18n } from '../i18n/i18n.js';

/** A visible "loading" line, also said politely by screen readers through the app's live region. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const text = label ?? t.common.loading;
  useEffect(() => announce(text), [announce, text]);
  return <p className="utrecht-paragraph mp-loading">{text}</p>;
}

/** "Nog geen …": what a list shows when it has nothing yet. */
export function EmptyState({ children }: { children: string }) {
  return <p className="utrecht-paragraph mp-empty">{children}</p>;
}
