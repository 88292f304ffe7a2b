import { Heading, Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { Page } from '../../components/page.js';
import { useI18n } from '../../i18n/i18n.js';

/** The Community section's four parts; each is built by its own feature and listed here. */
export const COMMUNITY_SECTIONS = [
  { key: 'intervision', to: '/community/intervisie' },
  { key: 'agenda', to: '/community/agenda' },
  { key: 'knowledge', to: '/community/kennisbank' },
  { key: 'discussion', to: '/community/casuistiek' },
  { key: 'points', to: '/community/mijn-punten' },
] as const;

/** /community: the landing page of the section, linking its parts. */
export function CommunityPage() {
  const { t } = useI18n();
  const m = t.community.landing;
  return (
    <Page title={m.title}>
      <Paragraph lead>{m.intro}</Paragraph>
      <ul className="utrecht-unordered-list mp-community-sections">
        {COMMUNITY_SECTIONS.map((s) => (
          <li key={s.key}>
            <Heading level={2}>
              <AppLink to={s.to}>{m.sections[s.key].title}</AppLink>
            </Heading>
            <Paragraph>{m.sections[s.key].text}</Paragraph>
          </li>
        ))}
      </ul>
    </Page>
  );
}
