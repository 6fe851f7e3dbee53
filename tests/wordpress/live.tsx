import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { inject, vi } from 'vitest';
import { Article } from '../../src/components/Article';
import type { ArticleProps } from '../../src/components/Article/Article.types';
import { articleFromWordPress, type ContentResult, type WordPressOptions } from '../../src/content';
import { resetDevWarnings } from '../../src/internal/devWarning';
import type { PostName, WordPressManifestPost } from './harness/manifest';
import { fetchPostAndRelated, type RestPost } from './harness/rest.mjs';

/** The live site the global setup started: its URL and the seed's manifest. */
export const wordpress = () => inject('wordpress');

export const postNames = () => Object.keys(wordpress().manifest.posts) as PostName[];

const fetched = new Map<PostName, Promise<{ post: RestPost; related: RestPost[] }>>();

/** A post and its related posts as the site returns them now (`?_embed`), fetched once per test file. */
export function fetchLive(name: PostName) {
  let found = fetched.get(name);
  if (!found) {
    const { url, manifest } = wordpress();
    found = fetchPostAndRelated(url, manifest, name);
    fetched.set(name, found);
  }
  return found;
}

export interface RenderedPage {
  html: string;
  /** The collected styled-components `<style>` tags. */
  styleTags: string;
  /** Every console.error and console.warn during the render. */
  warnings: string[];
}

/**
 * `<Article>` through react-dom/server, as a publisher's server renders it, recording what it logs. medprose says
 * each development warning once per process: forgotten first, so every render shows its own.
 */
export function renderPage(props: ArticleProps): RenderedPage {
  resetDevWarnings();
  const warnings: string[] = [];
  const record = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  const error = vi.spyOn(console, 'error').mockImplementation(record);
  const warn = vi.spyOn(console, 'warn').mockImplementation(record);
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(<Article {...props} />));
    return { html, styleTags: sheet.getStyleTags(), warnings };
  } finally {
    sheet.seal();
    error.mockRestore();
    warn.mockRestore();
  }
}

export interface LiveArticle {
  name: PostName;
  post: RestPost;
  related: RestPost[];
  /** What WordPress itself says about the post (seed.php's manifest). */
  wp: WordPressManifestPost;
  result: ContentResult;
  page: RenderedPage;
}

/** Fetches a post live, converts it with articleFromWordPress (its related posts too) and renders it. */
export async function liveArticle(name: PostName, options: WordPressOptions = {}): Promise<LiveArticle> {
  const { post, related } = await fetchLive(name);
  const result = articleFromWordPress(post, { related, ...options });
  return { name, post, related, wp: wordpress().manifest.posts[name], result, page: renderPage({ article: result.article }) };
}

/** Server HTML as a document (in a test file with the jsdom environment) and its text, white space collapsed. */
export function parsePage(html: string): { document: Document; text: string } {
  const document = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  return { document, text: squash(document.body.textContent ?? '') };
}

export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A whole server-rendered document, as a publisher's page would send it (no client script: server HTML only). */
export function documentHtml(page: RenderedPage, title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title.replace(/</g, '&lt;')}</title>
<style>body { margin: 0; }</style>
${page.styleTags}
</head>
<body>
<div id="root">${page.html}</div>
</body>
</html>`;
}

type Parse5Node = DefaultTreeAdapterMap['childNode'];

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'figcaption', 'summary', 'pre', 'cite', 'h2', 'h3', 'h4', 'h5', 'h6']);
// With scripting on, a <noscript>'s content is text the reader never sees; script, style and template show nothing.
const UNSEEN = new Set(['noscript', 'script', 'style', 'template', 'textarea', 'title']);

function textOf(node: Parse5Node): string {
  if (node.nodeName === '#text') return (node as { value: string }).value;
  if (!('childNodes' in node) || UNSEEN.has(node.nodeName)) return '';
  return node.childNodes.map(textOf).join('');
}

/**
 * Every paragraph, list item, cell, caption, heading and preformatted block of text in WordPress's
 * `content.rendered`, as a reader's browser shows it: parsed with scripting on (parse5's default), so text after
 * a `<noscript>` breakout counts, and what is inside a `<noscript>` does not.
 */
export function visibleBlocks(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Parse5Node) => {
    if (!('childNodes' in node) || UNSEEN.has(node.nodeName)) return;
    if (BLOCKS.has(node.nodeName)) {
      const text = squash(textOf(node));
      if (text !== '') found.push(text);
    }
    node.childNodes.forEach(walk);
  };
  parseFragment(html).childNodes.forEach(walk);
  return found;
}

/** The text of some HTML as a browser shows it (entities decoded, tags dropped). */
export const plainText = (html: string) => squash(parseFragment(html).childNodes.map(textOf).join(''));

/** `url 300w, url 768w` → the URLs. */
export const srcsetUrls = (srcset: string) =>
  srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0]!)
    .filter(Boolean);

/** Reads as a whole sentence, or as visibly cut: never a dangling "whether" or WordPress's "[…]". */
export const readsCompleteOrCut = (text: string) =>
  /(?:[.!?…]|[.!?…]["”’)])$/u.test(text.trim()) && !/\[(?:…|\.\.\.|&hellip;)\]$/u.test(text.trim());
