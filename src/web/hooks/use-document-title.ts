import { useEffect } from 'react';
import { useBranding } from '../app/branding.js';

/** "Inloggen – Mediatorpool Meppel en omstreken": the page first, so tabs stay distinguishable. */
export function useDocumentTitle(title: string): void {
  const { name } = useBranding();
  useEffect(() => {
    document.title = `${title} – ${name}`;
  }, [title, name]);
}
