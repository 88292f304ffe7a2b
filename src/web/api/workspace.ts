import { api } from './client.js';
import type { MyWork, WorkItem, WorkSection, WorkSectionKey } from '../../contract/workspace.js';

/** "Mijn werk" (src/server/modules/workspace); types from src/contract/workspace.ts. */
export type { MyWork, WorkItem, WorkSection, WorkSectionKey };

export const getMyWork = (signal?: AbortSignal) => api.get<MyWork>('/me/work', signal ? { signal } : {});
