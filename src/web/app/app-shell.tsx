import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { Button } from '../components/button.js';
import { cx } from '../components/class-names.js';
import { useI18n } from '../i18n/i18n.js';
import { useBranding } from './branding.js';
import { useFocusOnNavigate } from './focus-on-navigate.js';
import { LanguageSwitch } from './language-switch.js';
import { PoolSwitch } from './pool-switch.js';
import { isCurrentItem, visibleNavItems } from './navigation.js';
import { useCurrentSession, useSession } from './session.js';
import { PageFooter, PoolMark, SkipLink } from './page-frame.js';

/** The frame around every signed-in page: header, main menu, content, footer. */
export function AppShell() {
  const { t } = useI18n();
  const { name: poolName } = useBranding();
  const session = useCurrentSession();
  const { signOut } = useSession();
  const [leaving, setLeaving] = useState(false);
  const { pathname } = useLocation();
  useFocusOnNavigate();

  const logout = async () => {
    setLeaving(true);
    try {
      await signOut();
    } finally {
      setLeaving(false);
    }
  };

  return (
    <div className="mp-layout">
      <SkipLink />
      <header className="mp-header">
        <div className="mp-header__bar">
          <div className="mp-header__inner">
            <PoolMark name={session.pool.name || poolName} to="/" label={t.shell.homeLink(session.pool.name || poolName)} />
            <div className="mp-header__tools" role="group" aria-label={t.shell.userMenu}>
              <span className="mp-header__user">
                <span className="mp-visually-hidden">{t.shell.signedInAs} </span>
                {session.user.name}
              </span>
              <PoolSwitch />
              <LanguageSwitch />
              <Button appearance="subtle" className="mp-header__logout" busy={leaving} onClick={() => void logout()}>
                {leaving ? t.shell.loggingOut : t.shell.logout}
              </Button>
            </div>
          </div>
        </div>
        <nav className="mp-nav" aria-label={t.shell.mainNav}>
          <ul className="mp-nav__list">
            {visibleNavItems(session.allowedActions).map((item) => {
              const current = isCurrentItem(item, pathname);
              return (
                <li key={item.to} className="mp-nav__item">
                  {/* "page" on the page itself, "true" inside its section (e.g. one user's page). */}
                  <Link to={item.to} className={cx('mp-nav__link', current && 'mp-nav__link--current')} aria-current={current ? (pathname === item.to ? 'page' : 'true') : undefined}>
                    {item.label(t)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </header>
      <main id="inhoud" className="mp-main" tabIndex={-1}>
        <Outlet />
      </main>
      <PageFooter />
    </div>
  );
}
