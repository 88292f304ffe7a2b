import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getBranding } from '../api/auth.js';
import type { Branding } from '../api/types.js';
import { applyBrandColour, DEFAULT_BRAND } from './brand-colour.js';

const fallback: Branding = { name: 'Mediatorpool', colour: DEFAULT_BRAND, contact: { email: null, phone: null } };

/** The branding, and a way to fetch it again after an administrator changed the pool's settings. */
export type BrandingValue = Branding & { reload(): void };
const BrandingContext = createContext<BrandingValue>({ ...fallback, reload: () => {} });

/** The pool's name, colour and contact (public, so the login page is themed too). */
export function BrandingProvider({ children }: { children: ReactNode }) {
  const [branding, setBranding] = useState<Branding>(fallback);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    getBranding().then(
      (b) => live && setBranding(b),
      () => {
        // Without branding the app still works in the default colours.
      },
    );
    return () => {
      live = false;
    };
  }, [version]);

  useEffect(() => applyBrandColour(branding.colour), [branding.colour]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const value = useMemo(() => ({ ...branding, reload }), [branding, reload]);
  return <BrandingContext.Provider value={value}>{children}</BrandingContext.Provider>;
}

export const useBranding = () => useContext(BrandingContext);
