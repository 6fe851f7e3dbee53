// @vitest-environment jsdom
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { describe, expect, it, vi } from 'vitest';
import { ketamineArticle as article } from '../stories/fixtures/ketamineArticle';
import { SampleArticlePage } from '../stories/fixtures/SampleArticlePage';
import { ketamineArticleData } from '../stories/fixtures/ketamineArticleData';
import { Article } from '../src';

function renderPage() {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(<SampleArticlePage />));
    return { html, styles: sheet.getStyleTags() };
  } finally {
    sheet.seal();
  }
}

/** Text as it appears in HTML: React escapes these characters. */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

describe('server rendering of the article page', () => {
  it('has one h1, every FAQ answer, and the component styles', () => {
    const { html, styles } = renderPage();
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    for (const item of article.faq) {
      for (const paragraph of item.answer) expect(html).toContain(escapeHtml(paragraph));
    }
    expect(styles).toMatch(/^<style[^>]*data-styled/);
    expect(styles.length).toBeGreaterThan(1000);
  });

  it('gives every styled element a stable class from its component id, not from creation order', () => {
    // styled-components numbers unnamed components in the order they are created; a
    // client bundle that drops an unused module would then disagree with the server.
    const html = renderToString(<Article article={ketamineArticleData} />);
    expect(html).toMatch(/class="[^"]*\bmp-ArticleHero-HeroRoot\b/);
    expect(html).not.toMatch(/class="[^"]*\bsc-[A-Za-z]+-?[0-9a-z]*\b/);
  });

  it("names every styled part so the browser can read the server's styles back", () => {
    // styled-components rehydrates a component's rules only when its id (in the style tag's
    // `data-styled.gN[id="…"]` marker) is letters, digits, `-` and `_`; for any other id the
    // client runs stylis again during hydration and inserts every rule a second time.
    const sheet = new ServerStyleSheet();
    try {
      renderToString(sheet.collectStyles(<Article article={ketamineArticleData} />));
      renderToString(sheet.collectStyles(<SampleArticlePage />));
      const ids = [...sheet.getStyleTags().matchAll(/data-styled\.g\d+\[id="([^"]*)"\]/g)].map((match) => match[1] ?? '');
      expect(ids.length).toBeGreaterThan(30);
      expect(ids.filter((id) => !/^[\w-]+$/.test(id))).toEqual([]);
    } finally {
      sheet.seal();
    }
  });

  it('hydrates with no error or warning', async () => {
    const { html, styles } = renderPage();
    document.head.innerHTML = styles;
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const recoverable = vi.fn();
    // Tell React this is a test environment that uses act().
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await act(async () => {
      hydrateRoot(container, <SampleArticlePage />, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    // Hydration kept the server's markup: the page still has every answer and one h1.
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    expect(container.textContent).toContain(article.faq[4]!.answer[0]);
    container.remove();
  });
});
