import { useParams, useSearchParams } from 'react-router';
import { getArticleVersion, listArticleVersions } from '../../api/knowledge-base.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import './knowledge-base.css';

/** /community/kennisbank/:articleId/versies: every version, who saved it and when; ?versie=N shows that version. */
export function ArticleVersionsPage() {
  const { articleId = '' } = useParams();
  const [params] = useSearchParams();
  const shown = Number(params.get('versie') ?? '');
  const { t, dateTime } = useI18n();
  const k = t.knowledgeBase;
  const versions = useQuery((signal) => listArticleVersions(articleId, signal), [articleId]);
  const v = versions.data;

  if (versions.error !== undefined) {
    return (
      <Page title={k.history}>
        <LoadFailed error={versions.error} onRetry={versions.reload} />
      </Page>
    );
  }
  if (!v) {
    return (
      <Page title={k.history}>
        <Loading />
      </Page>
    );
  }
  return (
    <Page title={k.versionsTitle(v.title)}>
      <Paragraph>
        <AppLink to={`/community/kennisbank/${v.articleId}`}>{k.backToArticle(v.title)}</AppLink>
      </Paragraph>
      <Table id="kb-versions" caption={k.versionsCaption}>
        <THead>
          <Th>{k.columns.version}</Th>
          <Th>{k.columns.editedBy}</Th>
          <Th>{k.columns.editedAt}</Th>
          <Th>{k.columns.note}</Th>
        </THead>
        <TBody>
          {v.items.map((item) => (
            <Tr key={item.version}>
              <Th scope="row">
                <AppLink to={`?versie=${item.version}`} aria-label={k.showVersion(item.version)} aria-current={item.version === shown ? 'true' : undefined}>
                  {item.version}
                </AppLink>{' '}
                {item.version === v.current && k.current}
              </Th>
              <Td>{item.editedBy}</Td>
              <Td className="mp-nowrap">{dateTime(item.editedAt)}</Td>
              <Td>{item.changeNote ?? ''}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {Number.isInteger(shown) && shown >= 1 && <VersionView articleId={v.articleId} version={shown} />}
    </Page>
  );
}

function VersionView({ articleId, version }: { articleId: string; version: number }) {
  const { t, dateTime } = useI18n();
  const k = t.knowledgeBase;
  const v = useQuery((signal) => getArticleVersion(articleId, version, signal), [articleId, version]);
  if (v.error !== undefined) return <LoadFailed error={v.error} onRetry={v.reload} />;
  if (!v.data) return <Loading />;
  return (
    <section aria-labelledby="kb-version-title" className="mp-section">
      <Heading level={2} id="kb-version-title">
        {k.versionOf(v.data.version, v.data.title)}
      </Heading>
      <p className="utrecht-paragraph mp-cell-note">{k.versionMeta(v.data.editedBy, dateTime(v.data.editedAt))}</p>
      <div className="mp-kb-article utrecht-document" dangerouslySetInnerHTML={{ __html: v.data.bodyHtml }} />
    </section>
  );
}
