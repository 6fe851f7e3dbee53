import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { describe, expect, it, vi } from 'vitest';
import { resetDevWarnings } from '../../src/internal/devWarning';
import { samePageAs } from '../../src/internal/sameUrl';
import type { SampleArticle } from '../../stories/fixtures/ketamineArticle';
import { SampleArticlePage } from '../../stories/fixtures/SampleArticlePage';
import { anyArticle } from './arbitraries';

/**
 * Thousands of generated articles, hostile strings included, rendered on the
 * server. `FC_NUM_RUNS=20000 npm run test:properties` runs longer; a failure
 * prints the seed and the smallest article that breaks the page.
 */
const numRuns = Number(process.env.FC_NUM_RUNS ?? 1000);

function renderArticle(article: SampleArticle): Document {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(<SampleArticlePage article={article} />));
    return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  } finally {
    sheet.seal();
  }
}

/** Text as a reader sees it: the HTML parser drops NUL and folds CR; whitespace collapses. */
const visible = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- NUL is what the generator may produce and the parser drops
    .replace(/\u0000/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\s+/g, ' ')
    .trim();

/** Everything an author wrote that the page must show. */
function authoredTexts(article: SampleArticle): string[] {
  const shownPosts = article.related.filter(
    (post) => visible(post.title) !== '' && !(typeof post.href === 'string' && samePageAs(article.href)(post.href)),
  );
  const helplinesShown = article.helplines.filter((line) => visible(line.label) !== '');
  return [
    article.title,
    article.standfirst,
    article.category,
    // A person without a name is not shown (a development warning says so); credentials go with the name.
    ...[article.author, article.reviewer].flatMap((person) => (visible(person.name) === '' ? [] : [person.name, person.credentials ?? ''])),
    ...article.intro,
    ...article.sections.flatMap((section) => [section.heading, ...section.paragraphs]),
    ...(article.faq.length > 0 ? [article.faqHeading] : []),
    ...article.faq.flatMap((item) => [item.question, ...item.answer]),
    article.conclusion.heading,
    ...article.conclusion.paragraphs,
    ...shownPosts.flatMap((post) => [post.title, post.excerpt ?? '', post.topic ?? '']),
    ...helplinesShown.flatMap((line) => [line.label, line.description ?? '']),
  ]
    .map(visible)
    .filter((text) => text !== '');
}

const UNSAFE_SCHEME = /^(javascript|data|vbscript):/;
// eslint-disable-next-line no-control-regex -- a browser ignores control characters in a URL's scheme, so the check does too
const scheme = (url: string) => url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();

describe('hostile content (property-based)', () => {
  it('server rendering never throws, and no unsafe URL, duplicate id, dangling reference or lost text reaches the page', () => {
    // Bad input is reported in development; these runs generate a great deal of it.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(anyArticle, (article) => {
        resetDevWarnings();
        const document = renderArticle(article);

        for (const element of document.querySelectorAll('[href], [src]')) {
          for (const attribute of ['href', 'src']) {
            const value = element.getAttribute(attribute);
            if (value !== null) expect(scheme(value), `${attribute}="${value}"`).not.toMatch(UNSAFE_SCHEME);
          }
        }

        const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
        expect(new Set(ids).size, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i)}`).toBe(ids.length);

        for (const attribute of ['aria-controls', 'aria-labelledby', 'aria-describedby']) {
          for (const element of document.querySelectorAll(`[${attribute}]`)) {
            for (const id of element.getAttribute(attribute)!.split(/\s+/).filter(Boolean)) {
              expect(document.getElementById(id), `${attribute} → #${id}`).not.toBeNull();
            }
          }
        }

        const pageText = visible(document.body.textContent ?? '');
        for (const text of authoredTexts(article)) {
          expect(pageText.includes(text), `missing: ${JSON.stringify(text.slice(0, 80))}`).toBe(true);
        }
        // Nothing the author wrote became markup.
        expect(document.querySelectorAll('script, img[onerror], [onmouseover]')).toHaveLength(0);
      }),
      { numRuns },
    );
  }, 300_000);
});
