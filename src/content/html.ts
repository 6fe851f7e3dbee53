import { Notes } from './hast';
import { convertTree, emptyResult, parseHtml } from './pipeline';
import type { ContentOptions, ContentResult } from './types';

/**
 * Article-body HTML from any CMS → `{ article, notes }` for `<Article>`.
 * Server-side: parsed with parse5, sanitised against medprose's allowlist,
 * rendered with React's JSX runtime. Broken markup never throws; a non-string
 * gives an empty article and a note.
 */
export function articleFromHtml(html: string, options: ContentOptions = {}): ContentResult {
  const notes = new Notes();
  const safeOptions = options !== null && typeof options === 'object' ? options : {};
  if (typeof html !== 'string') {
    return emptyResult(
      safeOptions,
      notes,
      `articleFromHtml expected a string of HTML, got ${html === null ? 'null' : typeof html}; the article is empty.`,
    );
  }
  if (html.trim() === '') return emptyResult(safeOptions, notes, 'The content is empty; the article has no body.');
  return convertTree(parseHtml(html), safeOptions, notes);
}
