import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { createArticle, getArticle, updateArticle, type Article, type KnowledgeKind } from '../../api/knowledge-base.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxGroup, SelectField, TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { useForm } from '../../hooks/use-form.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { KNOWLEDGE_KINDS } from './knowledge-kinds.js';

type Field = 'kind' | 'title' | 'bodyMarkdown' | 'tags' | 'changeNote';
const FIELD_IDS: Record<Field, string> = { kind: 'kb-kind-field', title: 'kb-title', bodyMarkdown: 'kb-body', tags: 'kb-tags', changeNote: 'kb-note' };
type Audience = 'contacts' | 'finance';

/** /community/kennisbank/nieuw: a new article. */
export function NewArticlePage() {
  return <ArticleForm article={null} />;
}

/** /community/kennisbank/:articleId/bewerken: a new version of an article. */
export function EditArticlePage() {
  const { articleId = '' } = useParams();
  const { t } = useI18n();
  const article = useQuery((signal) => getArticle(articleId, signal), [articleId]);
  if (article.error !== undefined) {
    return (
      <Page title={t.knowledgeBase.title}>
        <LoadFailed error={article.error} onRetry={article.reload} />
      </Page>
    );
  }
  if (!article.data) {
    return (
      <Page title={t.knowledgeBase.title}>
        <Loading />
      </Page>
    );
  }
  return <ArticleForm article={article.data} />;
}

function ArticleForm({ article }: { article: Article | null }) {
  const { t } = useI18n();
  const k = t.knowledgeBase;
  const f = k.fields;
  const navigate = useNavigate();
  const [kind, setKind] = useState<KnowledgeKind>(article?.kind ?? 'article');
  const [title, setTitle] = useState(article?.title ?? '');
  const [body, setBody] = useState(article?.bodyMarkdown ?? '');
  const [tags, setTags] = useState(article?.tags.join(', ') ?? '');
  const [audience, setAudience] = useState<Audience[]>([...(article?.forContacts ? ['contacts' as const] : []), ...(article?.forFinance ? ['finance' as const] : [])]);
  const [note, setNote] = useState('');
  const form = useForm<Field>('kb-form', FIELD_IDS);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: Partial<Record<Field, string>> = {
      ...(!title.trim() ? { title: k.required.title } : {}),
      ...(!body.trim() ? { bodyMarkdown: k.required.body } : {}),
    };
    if (Object.keys(missing).length > 0) return form.fail(missing);
    const values = {
      kind,
      title: title.trim(),
      bodyMarkdown: body,
      tags: tags.split(',').map((x) => x.trim()).filter(Boolean),
      forContacts: audience.includes('contacts'),
      forFinance: audience.includes('finance'),
    };
    let id = article?.id ?? '';
    const ok = await form.submit(async () => {
      if (article) await updateArticle(article.id, { ...values, version: article.version, changeNote: note.trim() || null });
      else id = (await createArticle(values)).id;
    });
    if (ok) void navigate(`/community/kennisbank/${id}`);
  };

  const pageTitle = article ? k.editTitle(article.title) : k.newTitle;
  return (
    <Page title={pageTitle} narrow>
      <Paragraph>
        <AppLink to={article ? `/community/kennisbank/${article.id}` : '/community/kennisbank'}>{article ? k.cancel : k.backToList}</AppLink>
      </Paragraph>
      <form className="mp-form" id="kb-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <ErrorSummary {...form.summaryProps} />
        <SelectField id={FIELD_IDS.kind} label={f.kind} error={form.errors.kind} value={kind} onChange={(e) => setKind(e.target.value as KnowledgeKind)}>
          {KNOWLEDGE_KINDS.map((x) => (
            <option key={x} value={x}>
              {k.kinds[x]}
            </option>
          ))}
        </SelectField>
        <TextField id={FIELD_IDS.title} label={f.title} error={form.errors.title} value={title} maxLength={200} required onChange={(e) => setTitle(e.target.value)} />
        <TextAreaField id={FIELD_IDS.bodyMarkdown} label={f.body} hint={f.bodyHint} error={form.errors.bodyMarkdown} value={body} rows={16} maxLength={100000} required onChange={(e) => setBody(e.target.value)} />
        <TextField id={FIELD_IDS.tags} label={f.tags} hint={f.tagsHint} error={form.errors.tags} value={tags} maxLength={600} onChange={(e) => setTags(e.target.value)} />
        <CheckboxGroup<Audience>
          id="kb-audience"
          legend={f.audience}
          hint={f.audienceHint}
          options={[
            { value: 'contacts', label: f.forContacts },
            { value: 'finance', label: f.forFinance },
          ]}
          value={audience}
          onChange={setAudience}
        />
        {article && <TextField id={FIELD_IDS.changeNote} label={f.changeNote} hint={f.changeNoteHint} error={form.errors.changeNote} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />}
        <Button type="submit" appearance="primary" busy={form.busy}>
          {k.save}
        </Button>
      </form>
    </Page>
  );
}
