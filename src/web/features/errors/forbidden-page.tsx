import { Page } from '../../components/page.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { useI18n } from '../../i18n/i18n.js';

export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <Page title={t.errors.forbiddenTitle}>
      <Paragraph lead>{t.errors.forbidden}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t.errors.toHome}</AppLink>
      </Paragraph>
    </Page>
  );
}
