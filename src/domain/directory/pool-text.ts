/**
 * A pool's own words on its public directory page: plain text, shown as paragraphs (a blank line
 * starts a new one). No markup: the page is public and the text goes into open data as it is, so
 * anything that looks like an HTML tag (`<script>`, `<a href=…>`, `<!-- -->`) is refused rather
 * than silently escaped. "Wat wij doen" is required once a pool writes its page; "Zo vraagt u
 * mediation aan" may stay empty (the directory's general text is shown then).
 */
export const POOL_TEXT_MAX = { description: 1000, howToAsk: 2000 } as const;

export type PoolTextField = keyof typeof POOL_TEXT_MAX;
export type PoolTextProblem = { field: PoolTextField; code: 'required' | 'markup' | 'maxLength' };

const MARKUP = /<(?:[/?]?[a-z]|!)/i;

/** Trailing spaces off every line, at most one blank line between paragraphs, no blank edges. */
export function tidyPoolText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const containsMarkup = (text: string): boolean => MARKUP.test(text);

/** The problems of a pool's text, per field, after tidying; empty when it may be saved. */
export function checkPoolText(text: { description: string; howToAsk: string }): PoolTextProblem[] {
  const problems: PoolTextProblem[] = [];
  for (const field of ['description', 'howToAsk'] as const) {
    const value = tidyPoolText(text[field]);
    if (field === 'description' && value === '') problems.push({ field, code: 'required' });
    else if (containsMarkup(value)) problems.push({ field, code: 'markup' });
    else if (value.length > POOL_TEXT_MAX[field]) problems.push({ field, code: 'maxLength' });
  }
  return problems;
}

/** Paragraphs for display: split at blank lines. */
export const paragraphsOf = (text: string): string[] => tidyPoolText(text).split(/\n\s*\n/).filter((p) => p.trim() !== '');
