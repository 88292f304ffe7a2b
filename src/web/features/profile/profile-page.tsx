import { ROLES } from '../../../domain/roles.js';
import { useCurrentSession } from '../../app/session.js';
import { DataList } from '../../components/data-list.js';
import { Page, Section } from '../../components/page.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { useI18n } from '../../i18n/i18n.js';
import { ApiTokensSection } from './api-tokens-section.js';
import { NameForm } from './name-form.js';
import { PasswordForm } from './password-form.js';

export function ProfilePage() {
  const { t } = useI18n();
  const { user } = useCurrentSession();
  const roles = ROLES.filter((r) => user.roles.includes(r)).map((r) => t.roles[r]);

  return (
    <Page title={t.profile.title}>
      <Section id="profile-details" title={t.profile.detailsHeading}>
        <DataList
          items={[
            { key: 'email', label: t.profile.email, value: user.email },
            { key: 'roles', label: t.profile.roles, value: roles.length ? roles.join(', ') : t.common.none },
            { key: 'municipality', label: t.profile.municipality, value: user.municipalityName ?? t.profile.noMunicipality },
          ]}
        />
      </Section>
      <Section id="profile-name" title={t.profile.nameHeading}>
        <NameForm />
      </Section>
      <Section id="profile-password" title={t.profile.passwordHeading}>
        <PasswordForm email={user.email} />
      </Section>
      <Section id="profile-security" title={t.security.title}>
        <Paragraph>{t.security.profileLinkIntro}</Paragraph>
        <Paragraph>
          <AppLink to="/profiel/beveiliging">{t.security.profileLink}</AppLink>
        </Paragraph>
      </Section>
      <Section id="profile-tokens" title={t.profile.tokensHeading}>
        <ApiTokensSection />
      </Section>
    </Page>
  );
}
