/** The user's `%`, `_` and `\` matched as themselves in a LIKE pattern, not as wildcards. */
const escapeLike = (q: string) => q.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** A case-insensitive "contains" search for ILIKE. */
export const containsPattern = (q: string) => `%${escapeLike(q)}%`;

/** A "starts with" search for LIKE / ILIKE. */
export const startsWithPattern = (q: string) => `${escapeLike(q)}%`;
