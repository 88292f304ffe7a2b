/**
 * A case-insensitive "contains" search for ILIKE: the user's `%`, `_` and `\` are matched as
 * themselves, not as wildcards.
 */
export const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
