import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/theme.css';
import './styles/app.css';
import { AnnouncerProvider } from './app/announcer.js';
import { BrandingProvider } from './app/branding.js';
import { createRouter } from './app/routes.js';
import { SessionProvider } from './app/session.js';
import { I18nProvider } from './i18n/i18n.js';

const router = createRouter();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <BrandingProvider>
        <SessionProvider>
          <AnnouncerProvider>
            <RouterProvider router={router} />
          </AnnouncerProvider>
        </SessionProvider>
      </BrandingProvider>
    </I18nProvider>
  </StrictMode>,
);
