import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { Notes } from './hast';
import { convertTree, emptyResult } from './pipeline';
import type { ContentOptions, ContentResult } from './types';

/**
 * CommonMark + GFM (tables, task lists, strikethrough, autolinks, footnotes)
 * → `{ article, notes }`, through the same pipeline as HTML. HTML inside the
 * Markdown is parsed (hast-util-raw, parse5) and then sanitised like any other
 * content. Footnotes become references and their marks citation marks.
 */
export function articleFromMarkdown(markdown: string, options: ContentOptions = {}): ContentResult {
  const notes = new Notes();
  const safeOptions = options !== null && typeof options === 'object' ? options : {};
  if (typeof markdown !== 'string') {
    return emptyResult(
      safeOptions,
      notes,
      `articleFromMarkdown expected a string of Markdown, got ${markdown === null ? 'null' : typeof markdown}; the article is empty.`,
    );
  }
  if (markdown.trim() === '') return emptyResult(safeOptions, notes, 'The content is empty; the article has no body.');
  const mdast = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  // No `user-content-` prefix: footnote ids become `fn-1` and `fnref-1`, then references.
  const hast = toHast(mdast, { allowDangerousHtml: true, clobberPrefix: '' });
  const tree = raw(hast) as Root;
  return convertTree(tree, safeOptions, notes);
}
