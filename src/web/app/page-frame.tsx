import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { useBranding } from './branding.js';

/** "Naar de inhoud": the first stop for keyboard users, visible when it has the focus. */
export function SkipLink() {
  const { t } = useI18n();
  return (
    <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus mp-skip-link" href="#inhoud">
      {t.shell.skipLink}
    </a>
  );
}

/** The pool's name as the home link in the header. */
export function PoolMark({ name, to, label }: { name: string; to: string; label: string }) {
  return (
    <Link to={to} className="mp-pool-mark" aria-label={label}>
      <span className="mp-pool-mark__logo" aria-hidden="true" />
      <span className="mp-pool-mark__name">{name}</span>
    </Link>
  );
}

/**
 * At the foot of every page, signed in or not (a party on a consent link too), in the same place:
 * the pool's contact for questions, when the pool has filled it in.
 */
export function PageFooter() {
  const { t } = useI18n();
  const { name, contact } = useBranding();
  return (
    <footer className="mp-footer">
      <div className="mp-footer__inner">
        <p className="utrecht-paragraph">
          <strong>{name}</strong> · {t.shell.footerText}
        </p>
        {(contact.email || contact.phone) && (
          <p className="utrecht-paragraph mp-footer__contact">
            <strong>{t.shell.contactLabel}</strong>{' '}
            {contact.email && (
              <>
                {t.shell.contactEmail}:{' '}
                <a className="mp-footer__link" href={`mailto:${contact.email}`}>
                  {contact.email}
                </a>
              </>
            )}
            {contact.email && contact.phone && ' · '}
            {contact.phone && (
              <>
                {t.shell.contactPhone}:{' '}
                <a className="mp-footer__link" href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>
                  {contact.phone}
                </a>
              </>
            )}
          </p>
        )}
        <p className="utrecht-paragraph">
          <a className="mp-footer__link" href="/api/v1/docs">
            {t.shell.apiDocs}
          </a>
        </p>
      </div>
    </footer>
  );
}
