import { Loading } from '../components/loading.js';
import { MENU_FEATURES } from '../i18n/catalogues.js';
import { WithFeatureMessages } from '../i18n/i18n.js';
import { AppShell } from './app-shell.js';
import { RequireAuth } from './require-auth.js';

const booting = (
  <div className="mp-boot">
    <Loading />
  </div>
);

/**
 * The frame around every signed-in page, in a chunk of its own: the login page does not need it.
 * Its menu names the features, so it waits for their catalogues in the language shown.
 */
export function SignedInFrame() {
  return (
    <WithFeatureMessages features={MENU_FEATURES} fallback={booting}>
      <AppShell />
    </WithFeatureMessages>
  );
}

/** The layout route of the signed-in pages: visitors without a session go to the login page. */
export function SignedInLayout() {
  return (
    <RequireAuth>
      <SignedInFrame />
    </RequireAuth>
  );
}
