import { useEffect, useState } from 'react';
import type { SignInOptions } from '../../../contract/single-sign-on.js';
import { getSignInOptions, ssoSignInHref } from '../../api/single-sign-on.js';
import { Alert } from '../../components/alert.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { useI18n } from '../../i18n/i18n.js';
import './sso.css';

/**
 * The sign-in page's "Inloggen met <organisatie>" buttons: one per enabled provider of the
 * installation (the page does not know the person's pool before they sign in, so each provider
 * carries the name of its organisation). A button is a plain link: the browser leaves for the
 * provider and comes back signed in. `failure` is the reason in `?sso-fout=`, after a refusal.
 */
export function SsoSignIn({ failure }: { failure: string | null }) {
  const { t } = useI18n();
  const [options, setOptions] = useState<SignInOptions['providers']>([]);

  useEffect(() => {
    let live = true;
    getSignInOptions()
      .then((o) => live && setOptions(o.providers))
      .catch(() => live && setOptions([]));
    return () => {
      live = false;
    };
  }, []);

  return (
    <>
      {failure && (
        <Alert type="error" heading={t.sso.failedHeading} urgent>
          <p className="utrecht-paragraph">{t.sso.failures[failure] ?? t.sso.failures.ongeldig}</p>
        </Alert>
      )}
      {options.length > 0 && (
        <section aria-labelledby="sso-heading" className="mp-sso">
          <Heading level={2} id="sso-heading">
            {t.sso.heading}
          </Heading>
          <ul className="mp-sso__list">
            {options.map((p) => (
              <li key={p.id}>
                <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={ssoSignInHref(p.id)}>
                  {t.sso.button(p.label)}
                </a>
              </li>
            ))}
          </ul>
          <Paragraph>{t.sso.orPassword}</Paragraph>
        </section>
      )}
    </>
  );
}
