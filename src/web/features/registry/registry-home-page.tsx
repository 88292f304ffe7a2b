import { Link } from 'react-router';
import { Paragraph } from '../../components/heading.js';
import { Page } from '../../components/page.js';
import { useI18n } from '../../i18n/i18n.js';
import { useRegistryAccess } from './access.js';
import './registry.css';

/** The registry's start page: the parts of the register this person may use. */
export function RegistryHomePage() {
  const { t } = useI18n();
  const r = t.registry.home;
  const access = useRegistryAccess();
  const items = [
    access.readsSettings && { to: '/register/instellingen', title: r.settings, text: r.settingsText },
    { to: '/register/gemeenten', title: r.municipalities, text: r.municipalitiesText },
    { to: '/register/mediators', title: r.mediators, text: r.mediatorsText },
    access.health && { to: '/register/gezondheid', title: r.health, text: r.healthText },
    access.csv && { to: '/register/import-export', title: r.csv, text: r.csvText },
    access.mediator && { to: '/mijn-beschikbaarheid', title: r.own, text: r.ownText },
  ].filter((x): x is { to: string; title: string; text: string } => Boolean(x));

  return (
    <Page title={r.title}>
      <Paragraph lead>{r.intro}</Paragraph>
      <ul className="mp-task-list">
        {items.map((item) => (
          <li key={item.to} className="mp-task-list__item">
            <Link to={item.to} className="mp-task-link">
              <span className="mp-task-link__title">{item.title}</span>
              <span className="mp-task-link__text">{item.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
