import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { invalidField, type InvalidParam } from '../../http/problem.js';
import { badRequest } from '../../http/problem.js';

/**
 * The knowledge base's Markdown (docs/adr/0019): markdown-it with raw HTML off (an HTML block is
 * shown as text), then sanitize-html with a short list of tags and attributes, so whatever an
 * editor writes, the page gets no script, no event handler, no style and no image, frame or other
 * resource from elsewhere. Links keep http(s) and mailto only and open nothing with the page's
 * window. Saving refuses an image and a script outright, with a message, instead of silently
 * dropping them.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

const ALLOWED_TAGS = ['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'title'], ol: ['start'], th: ['style'], td: ['style'] },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }) },
};
// `rel` is added by the transform after the attribute filter has run.
SANITIZE.allowedAttributes = { ...(SANITIZE.allowedAttributes as Record<string, string[]>), a: ['href', 'title', 'rel'] };

/** Markdown → sanitised HTML, for the article page. */
export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(md.render(markdown), SANITIZE);
}

/** The Markdown as plain text (for excerpts): rendered, then every tag dropped. */
export function markdownText(markdown: string): string {
  return sanitizeHtml(md.render(markdown), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const SCRIPT_LIKE = /<\s*\/?\s*(script|iframe|object|embed|style|link|meta|svg|math|form|base)\b|<[^>]*\son[a-z]+\s*=|javascript\s*:|vbscript\s*:|data\s*:\s*text\/html/i;
const RAW_IMAGE = /<\s*img\b/i;

function hasImage(tokens: ReturnType<typeof md.parse>): boolean {
  return tokens.some((t) => t.type === 'image' || (t.children ? hasImage(t.children) : false));
}

/** The Markdown's refusals: an image (none may be loaded from elsewhere), or a script or event handler. */
export function markdownProblems(markdown: string, field = 'bodyMarkdown'): InvalidParam[] {
  const problems: InvalidParam[] = [];
  if (RAW_IMAGE.test(markdown) || hasImage(md.parse(markdown, {}))) {
    problems.push({ name: field, code: 'markdown-image', reason: 'Afbeeldingen kunnen niet in de kennisbank: een afbeelding van een andere website zou bij elke lezer worden opgehaald. Beschrijf de afbeelding of voeg een link toe.' });
  }
  if (SCRIPT_LIKE.test(markdown)) {
    problems.push({ name: field, code: 'markdown-script', reason: 'Scripts, event handlers en ingesloten pagina\'s kunnen niet in de kennisbank. Haal de HTML weg; gebruik gewone Markdown.' });
  }
  return problems;
}

/** Refuses Markdown with an image or a script (400 naming the field); returns nothing otherwise. */
export function assertSafeMarkdown(markdown: string): void {
  const problems = markdownProblems(markdown);
  if (problems.length === 1) throw invalidField(problems[0]!.name, problems[0]!.code, problems[0]!.reason);
  if (problems.length > 1) throw badRequest('Een of meer velden zijn niet goed ingevuld.', problems);
}
