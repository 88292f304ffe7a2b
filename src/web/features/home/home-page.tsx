import { Link } from 'react-router';
import { ROLES } from '../../../domain/roles.js';
import { useBranding } from '../../app/branding.js';
import { visibleNavItems } from '../../app/navigation.js';
import { useCurrentSession } from '../../app/session.js';
import { Paragraph } from '../../components/heading.js';
import { Page, Section } from '../../components/page.js';
import { useI18n } from '../../i18n/i18n.js';
import { AftercareDueCount } from '../outcomes/aftercare-due-count.js';
import { AFTERCARE_PATH } from '../outcomes/outcome-routes.js';

export function HomePage() {
  const { t } = useI18n();
  const { name: poolName } = useBranding();
  const { user, allowedActions } = useCurrentSession();
  // The role labels say who one is; the task links follow what the server lets this session open.
  const roles = ROLES.filter((r) => user.roles.includes(r));
  const tasks = visibleNavItems(allowedActions).filter((item) => item.to !== '/');

  return (
    <Page title={t.home.title} heading={t.home.welcome(user.name)}>
      <Paragraph lead>
        {t.home.intro(poolName)}
        {user.municipalityName && <> {t.home.municipality(user.municipalityName)}</>}
      </Paragraph>

      <Section id="home-roles" title={t.home.rolesHeading}>
        {roles.length === 0 ? (
          <Paragraph>{t.home.noRoles}</Paragraph>
        ) : (
          <ul className="mp-role-list">
            {roles.map((role) => (
              <li key={role} className="mp-role-list__item">
                <span className="mp-role-list__name">{t.roles[role]}</span>
                <span className="mp-role-list__text">{t.roleDescriptions[role]}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="home-tasks" title={t.home.tasksHeading}>
        <ul className="mp-task-list">
          {tasks.map((item) => (
            <li key={item.to} className="mp-task-list__item">
              <Link to={item.to} className="mp-task-link">
                <span className="mp-task-link__title">{item.label(t)}</span>
                {item.description && <span className="mp-task-link__text">{item.description(t)}</span>}
                {item.to === AFTERCARE_PATH && <AftercareDueCount className="mp-task-link__text mp-task-link__count" />}
              </Link>
            </li>
          ))}
        </ul>
      </Section>
    </Page>
  );
}
