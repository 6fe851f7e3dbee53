import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { Article } from '../../src/components/Article';
import type { ArticleProps } from '../../src/components/Article/Article.types';

/** What a reader's browser gets: the article rendered with react-dom/server, parsed as HTML. */
export function serverPage(props: ArticleProps): { html: string; document: Document; text: string } {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(<Article {...props} />));
    const document = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
    return { html, document, text: (document.body.textContent ?? '').replace(/\s+/g, ' ') };
  } finally {
    sheet.seal();
  }
}

/** Every paragraph and list item an author wrote in some HTML, as text. */
export function authoredBlocks(html: string): string[] {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return [...document.querySelectorAll('p, li, td, th, figcaption, summary')]
    .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The headings of the page's ArticleSections (level 2), in order. */
export const sectionHeadings = (document: Document) =>
  [...document.querySelectorAll('section[data-level="2"]')].map((section) => section.querySelector('h2')?.textContent);
