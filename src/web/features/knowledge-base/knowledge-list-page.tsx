import { useEffect, useState, type FormEvent } from 'react';
import { listArticles, type ArticleSummary, type KnowledgeKind } from '../../api/knowledge-base.js';
import { FilterActions } from '../../components/filter-actions.js';
import { SelectField, TextField } from '../../components/form-field.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { AppLink, ButtonLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { StatusBadge } from '../../components/status-badge.js';
import { useQuery } from '../../hooks/use-query.js';
import { useUrlFilters } from '../../hooks/use-url-filters.js';
import { useI18n } from '../../i18n/i18n.js';
import './knowledge-base.css';
import { KNOWLEDGE_KINDS } from './knowledge-kinds.js';

const FILTERS = ['zoek', 'soort', 'tag'] as const;
const PAGE_SIZE = 20;
const isKind = (v: string): v is KnowledgeKind => (KNOWLEDGE_KINDS as readonly string[]).includes(v);

/** /community/kennisbank: search (Dutch stems), filters by type and tag, the results. */
export function KnowledgeListPage() {
  const { t } = useI18n();
  const k = t.knowledgeBase;
  const filters = useUrlFilters(FILTERS);
  const { zoek, soort, tag } = filters.values;
  const list = useQuery(
    (signal) => listArticles({ page: filters.page, pageSize: PAGE_SIZE, ...(zoek ? { q: zoek } : {}), ...(isKind(soort) ? { kind: soort } : {}), ...(tag ? { tag } : {}) }, signal),
    [filters.key],
  );

  return (
    <Page title={k.title}>
      <Paragraph>
        <AppLink to="/community">{k.backToCommunity}</AppLink>
      </Paragraph>
      <Paragraph lead>{k.intro}</Paragraph>
      {list.data && (list.data.allowedActions.includes('create') || list.data.allowedActions.includes('manage-editors')) && (
        <div className="mp-actions">
          {list.data.allowedActions.includes('create') && (
            <ButtonLink to="/community/kennisbank/nieuw" appearance="primary">
              {k.newArticle}
            </ButtonLink>
          )}
          {list.data.allowedActions.includes('manage-editors') && <ButtonLink to="/community/kennisbank/redacteuren">{k.editors}</ButtonLink>}
        </div>
      )}
      <SearchForm
        initial={{ zoek, soort, tag }}
        tags={list.data?.tags.map((x) => x.tag) ?? []}
        onApply={(v) => filters.setFilters(v)}
      />
      {list.loading && !list.data && <Loading />}
      {list.error !== undefined && <LoadFailed error={list.error} onRetry={list.reload} />}
      {list.data && (
        <section aria-labelledby="kb-results-title">
          <Heading level={2} id="kb-results-title" aria-live="polite">
            {k.results(list.data.total, list.data.totalCapped, zoek)}
          </Heading>
          {list.data.items.length === 0 && <EmptyState>{zoek || soort || tag ? k.noResults : k.empty}</EmptyState>}
          <ul className="mp-kb-results">
            {list.data.items.map((a) => (
              <ArticleItem key={a.id} article={a} />
            ))}
          </ul>
          <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} totalCapped={list.data.totalCapped} onPage={filters.setPage} />
        </section>
      )}
    </Page>
  );
}

function ArticleItem({ article }: { article: ArticleSummary }) {
  const { t, date } = useI18n();
  const k = t.knowledgeBase;
  return (
    <li className="mp-kb-result">
      <Heading level={3}>
        <AppLink to={`/community/kennisbank/${article.id}`}>{article.title}</AppLink>
      </Heading>
      <p className="utrecht-paragraph mp-cell-note">
        {k.kinds[article.kind]} · {k.version(article.version)} · {k.updated(date(article.updatedAt))}
        {article.tags.length > 0 && <> · {article.tags.join(', ')}</>}
      </p>
      {(article.forContacts || article.forFinance) && (
        <p className="utrecht-paragraph">
          {article.forContacts && <StatusBadge tone="neutral">{k.forContactsBadge}</StatusBadge>} {article.forFinance && <StatusBadge tone="neutral">{k.forFinanceBadge}</StatusBadge>}
        </p>
      )}
      <p className="utrecht-paragraph">{article.excerpt}</p>
    </li>
  );
}

function SearchForm({ initial, tags, onApply }: { initial: { zoek: string; soort: string; tag: string }; tags: string[]; onApply(v: { zoek: string; soort: string; tag: string }): void }) {
  const { t } = useI18n();
  const k = t.knowledgeBase;
  const [v, setV] = useState(initial);
  useEffect(() => setV(initial), [initial.zoek, initial.soort, initial.tag]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onApply({ ...v, zoek: v.zoek.trim() });
  };
  return (
    <form className="mp-filters" role="search" aria-label={k.search} noValidate onSubmit={onSubmit}>
      <TextField id="kb-search" type="search" label={k.searchLabel} hint={k.searchHint} value={v.zoek} maxLength={200} onChange={(e) => setV({ ...v, zoek: e.target.value })} />
      <SelectField id="kb-kind" label={k.kindLabel} value={v.soort} onChange={(e) => setV({ ...v, soort: e.target.value })}>
        <option value="">{k.allKinds}</option>
        {KNOWLEDGE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {k.kinds[kind]}
          </option>
        ))}
      </SelectField>
      <SelectField id="kb-tag" label={k.tagLabel} value={v.tag} onChange={(e) => setV({ ...v, tag: e.target.value })}>
        <option value="">{k.allTags}</option>
        {[...new Set([...tags, ...(v.tag ? [v.tag] : [])])].map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </SelectField>
      <FilterActions submitLabel={k.search} />
    </form>
  );
}
