import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '../../components/button.js';
import { Paragraph } from '../../components/heading.js';
import { Page } from '../../components/page.js';
import { useI18n } from '../../i18n/i18n.js';
import { NotFoundPage } from './not-found-page.js';

/**
 * Shown when a page breaks while rendering (the route's error boundary). It keeps the frame
 * around it, says what to do in plain words and logs the cause for the developer console.
 */
export function ErrorPage() {
  const { t } = useI18n();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error(error);
  return (
    <Page title={t.errors.errorTitle}>
      <Paragraph lead>{t.errors.error}</Paragraph>
      <div className="mp-button-row">
        <Button appearance="primary" onClick={() => window.location.reload()}>
          {t.errors.reload}
        </Button>
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="/">
          {t.errors.toHome}
        </a>
      </div>
    </Page>
  );
}

/** The last resort when even the frame failed: a page of its own with the same message. */
export function RootErrorPage() {
  return (
    <main id="inhoud" className="mp-main mp-main--public">
      <ErrorPage />
    </main>
  );
}
