import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { getBranding } from '../api/auth.js';
import type { Branding } from '../api/types.js';
import { applyBrandColour, DEFAULT_BRAND } from './brand-colour.js';

const fallback: Branding = { name: 'Mediatorpool', colour: DEFAULT_BRAND, contact: { email: null, phone: null } };
const BrandingContext = createContext<Branding>(fallback);

/** The pool's name and colour (public, so the login page is themed too). */
export function BrandingProvider({ children }: { children: ReactNode }) {
  const [branding, setBranding] = useState<Branding>(fallback);

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
  }, []);

  useEffect(() => applyBrandColour(branding.colour), [branding.colour]);

  return <BrandingContext.Provider value={branding}>{children}</BrandingContext.Provider>;
}

export const useBranding = () => useContext(BrandingContext);
