import { useParams } from 'react-router';
import { getArticle } from '../../api/knowledge-base.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink, ButtonLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { StatusBadge } from '../../components/status-badge.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { DocumentSection } from './document-section.js';
import './knowledge-base.css';

/** /community/kennisbank/:articleId: the article, its Markdown rendered and sanitised by the server. */
export function ArticlePage() {
  const { articleId = '' } = useParams();
  const { t, dateTime } = useI18n();
  const k = t.knowledgeBase;
  const article = useQuery((signal) => getArticle(articleId, signal), [articleId]);
  const a = article.data;

  if (article.error !== undefined) {
    return (
      <Page title={k.title}>
        <LoadFailed error={article.error} onRetry={article.reload} />
      </Page>
    );
  }
  if (!a) {
    return (
      <Page title={k.title}>
        <Loading />
      </Page>
    );
  }
  return (
    <Page title={a.title}>
      <Paragraph>
        <AppLink to="/community/kennisbank">{k.backToList}</AppLink>
      </Paragraph>
      <p className="utrecht-paragraph mp-cell-note">
        {k.kinds[a.kind]} · {k.meta(a.version, a.updatedBy, dateTime(a.updatedAt))}
      </p>
      {(a.tags.length > 0 || a.forContacts || a.forFinance) && (
        <p className="utrecht-paragraph">
          {a.tags.length > 0 && (
            <>
              {k.tagsLabel}:{' '}
              {a.tags.map((tag, i) => (
                <span key={tag}>
                  {i > 0 && ', '}
                  <AppLink to={`/community/kennisbank?tag=${encodeURIComponent(tag)}`}>{tag}</AppLink>
                </span>
              ))}{' '}
            </>
          )}
          {a.forContacts && <StatusBadge tone="neutral">{k.forContactsBadge}</StatusBadge>} {a.forFinance && <StatusBadge tone="neutral">{k.forFinanceBadge}</StatusBadge>}
        </p>
      )}
      {(a.allowedActions.includes('update') || a.allowedActions.includes('read-versions')) && (
        <div className="mp-actions">
          {a.allowedActions.includes('update') && (
            <ButtonLink to={`/community/kennisbank/${a.id}/bewerken`} appearance="primary">
              {k.edit}
            </ButtonLink>
          )}
          {a.allowedActions.includes('read-versions') && <ButtonLink to={`/community/kennisbank/${a.id}/versies`}>{k.history}</ButtonLink>}
        </div>
      )}
      {/* The server renders the Markdown with raw HTML off and sanitises it (no script, handler, style or outside resource). */}
      <div className="mp-kb-article utrecht-document" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
      <DocumentSection articleId={a.id} />
    </Page>
  );
}
