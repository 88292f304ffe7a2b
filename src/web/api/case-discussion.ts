import { api } from './client.js';
import type { Digest, DigestFrequency, DiscussionAction, Post, ReplyInput, StartThreadInput, Thread, ThreadList, ThreadSummary } from '../../contract/case-discussion.js';

/** The case discussion (casuïstiek); types from src/contract/case-discussion.ts. */
export type { Digest, DigestFrequency, DiscussionAction, Post, Thread, ThreadList, ThreadSummary };

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export const listThreads = (page: number, signal?: AbortSignal) => api.get<ThreadList>('/case-discussion/threads', { query: { page }, ...opts(signal) });
export const getThread = (id: string, signal?: AbortSignal) => api.get<Thread>(`/case-discussion/threads/${id}`, opts(signal));
export const startThread = (input: StartThreadInput) => api.post<Thread>('/case-discussion/threads', input);
export const replyToThread = (id: string, input: ReplyInput) => api.post<Thread>(`/case-discussion/threads/${id}/posts`, input);
export const hidePost = (postId: string, reason: string) => api.post<Thread>(`/case-discussion/posts/${postId}/hide`, { reason });
export const followThread = (id: string) => api.put<Thread>(`/case-discussion/threads/${id}/follow`, undefined);
export const unfollowThread = (id: string) => api.delete<Thread>(`/case-discussion/threads/${id}/follow`);
export const getDigest = (signal?: AbortSignal) => api.get<Digest>('/case-discussion/digest', opts(signal));
export const setDigest = (frequency: DigestFrequency) => api.put<Digest>('/case-discussion/digest', { frequency });
