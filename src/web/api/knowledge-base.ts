import { api } from './client.js';
import type {
  Article,
  ArticleDocument,
  ArticleList,
  ArticleListInput,
  ArticleSummary,
  ArticleVersion,
  ArticleVersionList,
  CreateArticleInput,
  EditorList,
  KnowledgeAction,
  KnowledgeKind,
  UpdateArticleInput,
  UploadDocumentVersionInput,
} from '../../contract/knowledge-base.js';

/** The knowledge base; types from src/contract/knowledge-base.ts. */
export type { Article, ArticleDocument, ArticleList, ArticleSummary, ArticleVersion, ArticleVersionList, EditorList, KnowledgeAction, KnowledgeKind };

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export const listArticles = (query: ArticleListInput, signal?: AbortSignal) => api.get<ArticleList>('/knowledge-base/articles', { query, ...opts(signal) });
export const getArticle = (id: string, signal?: AbortSignal) => api.get<Article>(`/knowledge-base/articles/${id}`, opts(signal));
export const createArticle = (input: CreateArticleInput) => api.post<Article>('/knowledge-base/articles', input);
export const updateArticle = (id: string, input: UpdateArticleInput) => api.put<Article>(`/knowledge-base/articles/${id}`, input);
export const listArticleVersions = (id: string, signal?: AbortSignal) => api.get<ArticleVersionList>(`/knowledge-base/articles/${id}/versions`, opts(signal));
export const getArticleVersion = (id: string, version: number, signal?: AbortSignal) => api.get<ArticleVersion>(`/knowledge-base/articles/${id}/versions/${version}`, opts(signal));
export const listEditors = (signal?: AbortSignal) => api.get<EditorList>('/knowledge-base/editors', opts(signal));
export const addEditor = (userId: string) => api.put<EditorList>(`/knowledge-base/editors/${userId}`, undefined);
export const removeEditor = (userId: string) => api.delete<EditorList>(`/knowledge-base/editors/${userId}`);
export const getArticleDocument = (id: string, signal?: AbortSignal) => api.get<ArticleDocument>(`/knowledge-base/articles/${id}/document`, opts(signal));
export const uploadDocumentVersion = (id: string, input: UploadDocumentVersionInput) => api.post<ArticleDocument>(`/knowledge-base/articles/${id}/document/versions`, input);
/** A version's file is a download (a plain link), not a fetch. */
export const documentVersionUrl = (id: string, version: number) => `/api/v1/knowledge-base/articles/${id}/document/versions/${version}/content`;
