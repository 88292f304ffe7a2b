import { Link, Outlet } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { DIRECTORY_PATH } from './route-paths.js';
import { useBranding } from './branding.js';
import { useFocusOnNavigate } from './focus-on-navigate.js';
import { LanguageSwitch } from './language-switch.js';
import { PageFooter, PoolMark, SkipLink } from './page-frame.js';

/** The frame for pages without a session: login, invitation, password reset. */
export function PublicLayout() {
  const { name } = useBranding();
  const { t } = useI18n();
  useFocusOnNavigate();
  return (
    <div className="mp-layout mp-layout--public">
      <SkipLink />
      <header className="mp-header">
        <div className="mp-header__bar">
          <div className="mp-header__inner">
            <PoolMark name={name} to="/inloggen" label={name} />
            <div className="mp-header__tools">
              <nav aria-label={t.shell.publicNav}>
                <Link to={DIRECTORY_PATH} className="mp-header__public-link">
                  {t.shell.directoryLink}
                </Link>
              </nav>
              <LanguageSwitch />
            </div>
          </div>
        </div>
      </header>
      <main id="inhoud" className="mp-main mp-main--public" tabIndex={-1}>
        <Outlet />
      </main>
      <PageFooter />
    </div>
  );
}
