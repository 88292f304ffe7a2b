import type { KnowledgeKind } from '../../api/knowledge-base.js';

/** The kinds of knowledge-base entries, in the order the forms offer them (src/contract/knowledge-base.ts). */
export const KNOWLEDGE_KINDS: readonly KnowledgeKind[] = ['article', 'template', 'method_note', 'literature'];
