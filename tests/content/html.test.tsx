import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { articleFromHtml, type ContentResult } from '../../src/content';
import { es } from '../../src/locale';
import { sectionHeadings, serverPage } from './serverPage';

const page = (result: ContentResult) => serverPage({ article: result.article });

describe('articleFromHtml: recognisers', () => {
  it('keeps a body with no h2 as the intro, nothing lost, with a note', () => {
    const result = articleFromHtml('<p>First thought.</p><h3>A small heading</h3><p>Second thought.</p>', { title: 'Short note' });
    expect(result.article.sections).toEqual([]);
    const { text, document } = page(result);
    for (const words of ['First thought.', 'A small heading', 'Second thought.']) expect(text).toContain(words);
    expect(document.querySelector('h3')?.textContent).toBe('A small heading');
    expect(result.notes.some((note) => note.kind === 'unrecognised' && /no h2/.test(note.message))).toBe(true);
  });

  it('makes h3s inside a section its subsections, and keeps source ids on headings', () => {
    const { article } = articleFromHtml('<h2 id="old-anchor">Side effects</h2><p>Most are mild.</p><h3>Common</h3><p>Nausea.</p><h3>Rare</h3><p>Rash.</p>');
    expect(article.sections.map(({ heading, level, id }) => ({ heading, level, id }))).toEqual([
      { heading: 'Side effects', level: undefined, id: 'old-anchor' },
      { heading: 'Common', level: 3, id: 'common' },
      { heading: 'Rare', level: 3, id: 'rare' },
    ]);
  });

  it('finds a Rank Math FAQ by class tokens with trailing spaces and keeps its question ids', () => {
    const html = `<h2>Dosing basics</h2><p>Read the label.</p>
      <div class="wp-block-rank-math-faq-block"><div class="rank-math-block" id="rank-math-faq"><div class="rank-math-list ">
      <div id="faq-question-1" class="rank-math-list-item "><h3 class="rank-math-question ">Can I take it with food? </h3><div class="rank-math-answer "><p>Yes, with or without food.</p></div></div>
      </div></div></div>`;
    const result = articleFromHtml(html);
    expect(result.article.faq?.items.map((item) => [item.id, item.question])).toEqual([['faq-question-1', 'Can I take it with food?']]);
    const { document } = page(result);
    expect(document.getElementById('faq-question-1')?.textContent).toContain('Yes, with or without food.');
  });

  it('reads an FAQ heading in Spanish and heads the closing paragraph with the locale’s word', () => {
    const html = `<h2>Qué es</h2><p>Texto.</p><h2>Preguntas frecuentes</h2><h3>¿Es grave?</h3><p>Casi nunca.</p><p>En conclusión, consulte a su médico.</p>`;
    const result = articleFromHtml(html, { title: 'Prueba', locale: es });
    expect(result.article.faq?.items).toHaveLength(1);
    expect(result.article.conclusion?.heading).toBe('Conclusión');
    const { document } = serverPage({ article: result.article, locale: es });
    expect(document.getElementById('conclusion')?.textContent).toContain('En conclusión, consulte a su médico.');
    expect(document.getElementById('faq')?.textContent).not.toContain('En conclusión');
  });

  it('recognises key takeaways before the first section, but leaves a summary list at the end where it is', () => {
    const top = articleFromHtml('<p><strong>Key points</strong></p><ul><li>Drink water.</li><li>Rest.</li></ul><h2>Details</h2><p>More.</p>');
    expect(top.article.keyTakeaways).toHaveLength(2);
    const end = articleFromHtml('<h2>Details</h2><p>More.</p><h2>Last</h2><p>Text.</p><h3>Key takeaways</h3><ul><li>Drink water.</li></ul>');
    expect(end.article.keyTakeaways).toBeUndefined();
    expect(page(end).text).toContain('Drink water.');
  });

  it('moves a mid-post FAQ to the FAQ’s place with a note, and the last section after it becomes the conclusion', () => {
    const html = `<h2>One</h2><p>a</p><h2>FAQ</h2><h3>Q1?</h3><p>A1.</p><h2>Two</h2><p>b</p><h2>Summary</h2><p>c</p>`;
    const result = articleFromHtml(html, { title: 'T' });
    expect(result.article.sections.map((s) => s.heading)).toEqual(['One', 'Two']);
    expect(result.article.conclusion?.heading).toBe('Summary');
    expect(result.notes.some((note) => /middle of the post/.test(note.message))).toBe(true);
    expect(sectionHeadings(page(result).document)).toEqual(['One', 'Two', 'Summary']);
  });

  it('keeps plain <details>, code, sup/sub and blockquote structure', () => {
    const { document } = page(articleFromHtml('<h2>S</h2><details><summary>More</summary><p>Hidden text.</p></details><pre><code class="language-js">let a = 1;</code></pre><p>H<sub>2</sub>O, x<sup>2</sup></p><blockquote cite="https://example.org"><p>Quote.</p></blockquote>'));
    expect(document.querySelector('section details summary')?.textContent).toBe('More');
    expect(document.querySelector('code.language-js')?.textContent).toBe('let a = 1;');
    expect(document.querySelector('sub')?.textContent).toBe('2');
    expect(document.querySelector('blockquote')?.getAttribute('cite')).toBe('https://example.org');
  });
});

describe('articleFromHtml: links, images and ids', () => {
  it('keeps tel:, sms: and mailto:, adds rel to target=_blank links, and refuses other schemes', () => {
    const { document } = page(
      articleFromHtml(
        '<h2>Help</h2><p><a href="tel:111">Call 111</a> <a href="sms:85258">Text SHOUT</a> <a href="mailto:desk@example.org">Email</a> <a href="https://example.org" target="_blank">Site</a> <a href=" JAVASCRIPT:alert(1)">Bad</a> <a href="vbscript:x">VB</a></p>',
      ),
    );
    const href = (text: string) => [...document.querySelectorAll('section a')].find((a) => a.textContent === text)?.getAttribute('href');
    expect(href('Call 111')).toBe('tel:111');
    expect(href('Text SHOUT')).toBe('sms:85258');
    expect(href('Email')).toBe('mailto:desk@example.org');
    expect([...document.querySelectorAll('a')].find((a) => a.textContent === 'Site')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(href('Bad')).toBeUndefined();
    expect(href('VB')).toBeUndefined();
    expect(document.body.textContent).toContain('Bad');
  });

  it('keeps data:image only in img src; gives images without alt an empty alt and a note', () => {
    const pixel = 'data:image/png;base64,iVBORw0KGgo=';
    const result = articleFromHtml(`<h2>S</h2><p><img src="${pixel}"><a href="data:image/png;base64,AAAA">open</a><img src="data:text/html,hi" alt="Chart of results"></p>`);
    const { document, text } = page(result);
    const images = [...document.querySelectorAll('section img')];
    expect(images).toHaveLength(1);
    expect(images[0]!.getAttribute('src')).toBe(pixel);
    expect(images[0]!.getAttribute('alt')).toBe('');
    expect(text).toContain('Chart of results'); // the refused image's alt text is kept
    expect([...document.querySelectorAll('a')].some((a) => /^data:/i.test(a.getAttribute('href') ?? ''))).toBe(false);
    expect(text).toContain('open');
    expect(result.notes.some((note) => note.element === 'img' && note.kind === 'rewritten')).toBe(true);
  });

  it('keeps a srcset of width and density candidates, and refuses one that hides a scheme behind a control character', () => {
    const result = articleFromHtml(
      '<h2>S</h2><p><img src="/a.jpg" alt="A chart" srcset="/a-480.jpg 480w, /a-960.jpg 960w"></p>' +
        '<picture><source srcset="jav&#x0A;ascript:alert(1)"><img src="/b.jpg" alt="B chart" srcset="/b.jpg 1x, jav&#x09;ascript:alert(1) 2x"></picture>',
    );
    const { document } = page(result);
    const [kept, refused] = [...document.querySelectorAll('section img')];
    expect(kept!.getAttribute('srcset')).toBe('/a-480.jpg 480w, /a-960.jpg 960w');
    expect(refused!.hasAttribute('srcset')).toBe(false);
    expect(refused!.getAttribute('src')).toBe('/b.jpg');
    expect(document.querySelector('source[srcset]')).toBeNull();
    expect(result.notes.filter((note) => /srcset/.test(note.message))).toHaveLength(2);
  });

  it('renders internal links through linkComponent and the components map for any element', () => {
    const Link = ({ href, children }: { href: string; children?: ReactNode }) => <a href={href} data-router="">{children}</a>;
    const Figure = ({ children }: { children?: ReactNode }) => <figure data-custom-figure="">{children}</figure>;
    const { article } = articleFromHtml(
      '<h2>S</h2><p><a href="https://health.example.org/b/">same host</a> <a href="/c/">relative</a> <a href="https://other.example/">other</a> <a href="#s">fragment</a></p><figure><img src="/a.jpg" alt="A"></figure>',
      { url: 'https://health.example.org/a/', linkComponent: Link, components: { figure: Figure } },
    );
    const { document } = serverPage({ article });
    const routed = [...document.querySelectorAll('a[data-router]')].map((a) => a.textContent);
    expect(routed).toEqual(['same host', 'relative']);
    expect(document.querySelector('figure[data-custom-figure] img')?.getAttribute('alt')).toBe('A');
  });

  it('renames content ids that clash with the page’s (faq, section slugs, ref-…) and rewrites links to them', () => {
    const html = `<p id="faq">Intro anchor. <a href="#faq">self</a> <a href="#symptoms">to section</a></p><h2>Symptoms</h2><p id="symptoms">Clash.</p><h2>FAQ</h2><h3>Q?</h3><p>A.</p>`;
    const result = articleFromHtml(html, { title: 'T' });
    const { document } = page(result);
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(document.getElementById('faq')?.tagName).toBe('SECTION');
    expect(document.getElementById('faq-2')?.textContent).toContain('Intro anchor.');
    expect([...document.querySelectorAll('a')].find((a) => a.textContent === 'self')?.getAttribute('href')).toBe('#faq-2');
    expect(result.notes.filter((note) => note.kind === 'rewritten' && note.element === 'id')).toHaveLength(2);
  });

  it('keeps ez-toc heading anchors as ids and points links at them', () => {
    const result = articleFromHtml('<h2 id="own"><span class="ez-toc-section" id="Old_Anchor"></span>Own</h2><p><a href="#Old_Anchor">back</a></p>');
    const { document } = page(result);
    expect(document.getElementById('own')?.tagName).toBe('SECTION');
    expect([...document.querySelectorAll('a')].find((a) => a.textContent === 'back')?.getAttribute('href')).toBe('#own');
  });
});

describe('articleFromHtml: noise and bad input', () => {
  it('removes shortcodes and nextpage with notes, keeps [1] and [sic], and drops empty paragraphs', () => {
    const result = articleFromHtml('<h2>S</h2><p>Before [gallery ids="1,2"] after [1] [sic].</p><!--nextpage--><p>&nbsp;</p><p><br></p><p>[contact-form-7 id="5"]</p>');
    const { text, document } = page(result);
    expect(text).toContain('Before after [1] [sic].');
    expect(text).not.toMatch(/gallery|contact-form/);
    expect(document.querySelectorAll('section p')).toHaveLength(1);
    expect(result.notes.filter((note) => note.element === 'shortcode')).toHaveLength(2);
    expect(result.notes.some((note) => note.element === 'nextpage')).toBe(true);
    expect(result.notes.some((note) => note.element === 'p' && /empty/.test(note.message))).toBe(true);
  });

  it('gives an empty article and a note for empty or non-string input, and never throws on broken markup', () => {
    for (const input of ['', '   ', null, 42, {}]) {
      const result = articleFromHtml(input as string);
      expect(result.article).toMatchObject({ title: '', sections: [] });
      expect(result.notes[0]?.kind).toBe('unrecognised');
    }
    const broken = articleFromHtml('<h2>Open <p>unclosed <table><td>cell<h2>Next</h2><b><i>mis</b>nested</i>');
    expect(() => page(broken)).not.toThrow();
    expect(page(broken).text).toContain('cell');
  });

  it('takes a leading h1 as the title when none is given', () => {
    const result = articleFromHtml('<h1>Sleep &amp; you</h1><p>Intro.</p>');
    expect(result.article.title).toBe('Sleep & you');
    expect(page(result).document.querySelectorAll('h1')).toHaveLength(1);
  });
});
