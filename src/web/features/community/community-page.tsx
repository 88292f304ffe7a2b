import { Heading, Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { Page } from '../../components/page.js';
import { useI18n } from '../../i18n/i18n.js';
import { useMayOpen } from '../../app/require-auth.js';
import type { SessionAction } from '../../../contract/auth.js';

/** The Community section's four parts; each is built by its own feature and listed here. */
export const COMMUNITY_SECTIONS = [
  { key: 'intervision', to: '/community/intervisie' },
  { key: 'agenda', to: '/community/agenda' },
  { key: 'knowledge', to: '/community/kennisbank' },
  { key: 'discussion', to: '/community/casuistiek' },
  // Only for someone with a mediator profile of their own (a coordinator alone has no points).
  { key: 'points', to: '/community/mijn-punten', only: 'registry.own' },
] as const satisfies readonly { key: string; to: string; only?: SessionAction }[];

/** /community: the landing page of the section, linking its parts. */
export function CommunityPage() {
  const { t } = useI18n();
  const m = t.community.landing;
  const mayOpen = useMayOpen();
  const sections = COMMUNITY_SECTIONS.filter((s) => !('only' in s) || mayOpen(s.only));
  return (
    <Page title={m.title}>
      <Paragraph lead>{m.intro}</Paragraph>
      <ul className="utrecht-unordered-list mp-community-sections">
        {sections.map((s) => (
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
