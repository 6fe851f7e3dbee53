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
    const { article } = articleFromHtml(
      '<h2 id="old-anchor">Side effects</h2><p>Most are mild.</p><h3>Common</h3><p>Nausea.</p><h3>Rare</h3><p>Rash.</p>',
    );
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
    const top = articleFromHtml(
      '<p><strong>Key points</strong></p><ul><li>Drink water.</li><li>Rest.</li></ul><h2>Details</h2><p>More.</p>',
    );
    expect(top.article.keyTakeaways).toHaveLength(2);
    const end = articleFromHtml(
      '<h2>Details</h2><p>More.</p><h2>Last</h2><p>Text.</p><h3>Key takeaways</h3><ul><li>Drink water.</li></ul>',
    );
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
    const { document } = page(
      articleFromHtml(
        '<h2>S</h2><details><summary>More</summary><p>Hidden text.</p></details><pre><code class="language-js">let a = 1;</code></pre><p>H<sub>2</sub>O, x<sup>2</sup></p><blockquote cite="https://example.org"><p>Quote.</p></blockquote>',
      ),
    );
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
    const result = articleFromHtml(
      `<h2>S</h2><p><img src="${pixel}"><a href="data:image/png;base64,AAAA">open</a><img src="data:text/html,hi" alt="Chart of results"></p>`,
    );
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
    const Link = ({ href, children }: { href: string; children?: ReactNode }) => (
      <a href={href} data-router="">
        {children}
      </a>
    );
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
    const result = articleFromHtml(
      '<h2 id="own"><span class="ez-toc-section" id="Old_Anchor"></span>Own</h2><p><a href="#Old_Anchor">back</a></p>',
    );
    const { document } = page(result);
    expect(document.getElementById('own')?.tagName).toBe('SECTION');
    expect([...document.querySelectorAll('a')].find((a) => a.textContent === 'back')?.getAttribute('href')).toBe('#own');
  });
});

describe('articleFromHtml: noise and bad input', () => {
  it('removes shortcodes and nextpage with notes, keeps [1] and [sic], and drops empty paragraphs', () => {
    const result = articleFromHtml(
      '<h2>S</h2><p>Before [gallery ids="1,2"] after [1] [sic].</p><!--nextpage--><p>&nbsp;</p><p><br></p><p>[contact-form-7 id="5"]</p>',
    );
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

describe('articleFromHtml: notes an editor acts on, and what the reader gets', () => {
  const notesOf = (result: ContentResult, element: string) => result.notes.filter((note) => note.element === element);

  it('notes a leading h1 taken as the title, and shows it once, as the page title', () => {
    const result = articleFromHtml(
      '<h1>Asthma: spotting an attack early</h1><p>Knowing your early signs helps you act sooner.</p><h2>Early signs</h2><p>Coughing at night can be one of them.</p>',
    );
    expect(result.article.title).toBe('Asthma: spotting an attack early');
    expect(result.article.sections.map((section) => section.heading)).toEqual(['Early signs']);
    expect(notesOf(result, 'h1')).toEqual([expect.objectContaining({ kind: 'rewritten', source: 'Asthma: spotting an attack early' })]);
    const { document, text } = page(result);
    expect([...document.querySelectorAll('h1')].map((h1) => h1.textContent)).toEqual(['Asthma: spotting an attack early']);
    expect(text).toContain('Knowing your early signs helps you act sooner.');
  });

  it('notes a section heading with no text, and keeps the section’s text on the page', () => {
    const result = articleFromHtml(
      '<h2>Early signs</h2><p>Coughing at night can be one of them.</p><h2>&nbsp;</h2><p>Keep your reliever inhaler with you.</p>',
      { title: 'Asthma' },
    );
    expect(result.article.sections.map((section) => section.heading)).toEqual(['Early signs', '']);
    expect(notesOf(result, 'h2')).toEqual([expect.objectContaining({ kind: 'unrecognised', message: expect.stringMatching(/no text/) })]);
    const { document } = page(result);
    expect(document.querySelectorAll('section[data-level="2"]')[1]?.textContent).toContain('Keep your reliever inhaler with you.');
  });

  it('notes an h1 in the body, and shows it as a section heading under the one page h1', () => {
    const result = articleFromHtml(
      '<p>With the right treatment, most people with asthma can keep their symptoms under control.</p><h2>Early signs</h2><p>Coughing at night can be one of them.</p><h1>Treatment</h1><p>Treatment is usually with inhalers.</p>',
      { title: 'Asthma' },
    );
    expect(result.article.sections.map((section) => section.heading)).toEqual(['Early signs', 'Treatment']);
    expect(notesOf(result, 'h1')).toEqual([
      expect.objectContaining({ kind: 'rewritten', source: 'Treatment', message: expect.stringMatching(/became an <h2>/) }),
    ]);
    const { document } = page(result);
    expect([...document.querySelectorAll('h1')].map((h1) => h1.textContent)).toEqual(['Asthma']);
    expect(sectionHeadings(document)).toEqual(['Early signs', 'Treatment']);
    expect(document.getElementById('treatment')?.textContent).toContain('Treatment is usually with inhalers.');
  });

  it('notes an FAQ-like heading with no h3 questions, and keeps it as a section with its text', () => {
    const result = articleFromHtml(
      '<h2>Early signs</h2><p>Coughing at night can be one of them.</p><h2>Frequently asked questions</h2><p>Your GP or asthma nurse can answer questions about your own treatment.</p>',
      { title: 'Asthma' },
    );
    expect(result.article.faq).toBeUndefined();
    expect(result.article.sections.map((section) => section.heading)).toEqual(['Early signs', 'Frequently asked questions']);
    expect(notesOf(result, 'h2')).toEqual([
      expect.objectContaining({ kind: 'unrecognised', message: expect.stringContaining('"Frequently asked questions"') }),
    ]);
    expect(page(result).document.getElementById('frequently-asked-questions')?.textContent).toContain(
      'Your GP or asthma nurse can answer questions about your own treatment.',
    );
  });

  it('notes an FAQ plugin item with no question text, and shows its answer under a generic question', () => {
    const html = `<h2>Early signs</h2><p>Coughing at night can be one of them.</p><h2>Frequently asked questions</h2>
      <div class="schema-faq wp-block-yoast-faq-block">
      <div class="schema-faq-section" id="faq-question-1"><strong class="schema-faq-question"></strong><p class="schema-faq-answer">Yes. Regular exercise is usually safe when asthma is well controlled.</p></div>
      <div class="schema-faq-section" id="faq-question-2"><strong class="schema-faq-question">Is asthma catching?</strong><p class="schema-faq-answer">No. It cannot pass from one person to another.</p></div>
      </div>`;
    const result = articleFromHtml(html, { title: 'Asthma' });
    expect(result.article.faq?.items.map((item) => [item.id, item.question])).toEqual([
      ['faq-question-1', ''],
      ['faq-question-2', 'Is asthma catching?'],
    ]);
    expect(notesOf(result, 'faq')).toEqual([
      expect.objectContaining({ kind: 'unrecognised', message: expect.stringMatching(/no question text/) }),
    ]);
    const { document } = page(result);
    const faq = document.getElementById('faq')!;
    expect([...faq.querySelectorAll('h3')].map((h3) => h3.textContent)).toEqual(['Question', 'Is asthma catching?']);
    expect(document.getElementById('faq-question-1')?.textContent).toContain(
      'Regular exercise is usually safe when asthma is well controlled.',
    );
  });

  it('notes an h3 question with no answer after it, and gives the next answer to its own question', () => {
    const html =
      '<h2>Early signs</h2><p>Coughing at night can be one of them.</p><h2>FAQ</h2><h3>Can asthma start in adults?</h3><h3>Is asthma catching?</h3><p>No. It cannot pass from one person to another.</p>';
    const result = articleFromHtml(html, { title: 'Asthma' });
    expect(result.article.faq?.items.map((item) => item.question)).toEqual(['Can asthma start in adults?', 'Is asthma catching?']);
    expect(notesOf(result, 'h3')).toEqual([
      expect.objectContaining({ kind: 'unrecognised', source: 'Can asthma start in adults?', message: expect.stringMatching(/no answer/) }),
    ]);
    const { document } = page(result);
    expect(document.getElementById('can-asthma-start-in-adults')?.textContent).not.toContain('cannot pass');
    expect(document.getElementById('is-asthma-catching')?.textContent).toContain('No. It cannot pass from one person to another.');
  });

  it('notes an image with no src as removed, and keeps its alt text where the image was', () => {
    const result = articleFromHtml(
      '<h2>Peak flow</h2><p>Write down your readings: <img alt="a peak flow diary with morning and evening columns"> helps you and your nurse spot changes.</p><p><img></p>',
      { title: 'Asthma' },
    );
    expect(notesOf(result, 'img')).toEqual([
      expect.objectContaining({
        kind: 'removed',
        source: 'a peak flow diary with morning and evening columns',
        message: expect.stringMatching(/no src removed; its alt text is kept/),
      }),
      expect.objectContaining({ kind: 'removed', message: 'An image with no src removed.' }),
    ]);
    const { document, text } = page(result);
    expect(document.querySelectorAll('section img')).toHaveLength(0);
    expect(text).toContain(
      'Write down your readings: a peak flow diary with morning and evening columns helps you and your nurse spot changes.',
    );
  });

  it('notes an allowed embed without a title, and keeps the embed sandboxed', () => {
    const result = articleFromHtml(
      '<h2>Using an inhaler</h2><p>A short video shows each step.</p><iframe src="https://www.youtube-nocookie.com/embed/inhaler101" width="560" height="315"></iframe>',
      {
        title: 'Asthma',
        allowEmbeds: ['www.youtube-nocookie.com'],
      },
    );
    expect(notesOf(result, 'iframe')).toEqual([
      expect.objectContaining({ kind: 'unrecognised', message: expect.stringMatching(/www\.youtube-nocookie\.com has no title/) }),
    ]);
    const { document } = page(result);
    const video = document.querySelector('section iframe')!;
    expect(video.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/inhaler101');
    expect(video.hasAttribute('title')).toBe(false);
    expect(video.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-presentation allow-popups');
  });

  it('gives a converted FAQ to the FAQPage structured data, one line per paragraph of each answer', () => {
    const html = `<h2>Caring for a cough</h2><p>Most coughs clear within three weeks.</p>
<h2>Frequently asked questions</h2>
<h3>Does honey help?</h3>
<p>For adults and children over one, honey in a warm drink may ease a cough a little.</p>
<p>Never give honey to a baby under one.</p>
<h3>When should I see a doctor?</h3>
<p>See a doctor if the cough lasts more than three weeks or you cough up blood.</p>`;
    const { article } = articleFromHtml(html, { title: 'Coughs', url: 'https://health.example.org/coughs' });
    const { document } = serverPage({ article, structuredData: { faq: true } });
    const graph = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'] as {
      '@type': string;
      mainEntity?: { name: string; acceptedAnswer: { text: string } }[];
    }[];
    const faq = graph.find((node) => node['@type'] === 'FAQPage');
    expect(faq?.mainEntity?.map((question) => [question.name, question.acceptedAnswer.text])).toEqual([
      [
        'Does honey help?',
        'For adults and children over one, honey in a warm drink may ease a cough a little.\n\nNever give honey to a baby under one.',
      ],
      ['When should I see a doctor?', 'See a doctor if the cough lasts more than three weeks or you cough up blood.'],
    ]);
  });

  it('says an FAQ block moved only when the author wrote something after it', () => {
    const yoast = `<div class="schema-faq wp-block-yoast-faq-block"><div class="schema-faq-section" id="faq-question-1"><strong class="schema-faq-question">Can smoke trigger asthma?</strong><p class="schema-faq-answer">Yes. Smoke is a common trigger; avoid it where you can.</p></div></div>`;
    const moved = (html: string) => articleFromHtml(html).notes.some((note) => /middle of the post/.test(note.message));
    // At the very end of the last section: the page's order is the author's.
    const atEnd = articleFromHtml(`<h2>Triggers</h2><p>Common triggers include colds and cold air.</p>${yoast}`);
    expect(atEnd.article.faq?.items.map((item) => item.question)).toEqual(['Can smoke trigger asthma?']);
    expect(atEnd.article.sections.map((section) => section.heading)).toEqual(['Triggers']);
    expect(moved(`<h2>Triggers</h2><p>Common triggers include colds and cold air.</p>${yoast}`)).toBe(false);
    // Text after it in the same section, or two sections after it: the FAQ moves, and the note says so.
    expect(moved(`<h2>Triggers</h2>${yoast}<p>Keep a diary of what sets off your symptoms.</p>`)).toBe(true);
    expect(
      moved(
        `<h2>Triggers</h2>${yoast}<h2>Inhalers</h2><p>Use your preventer every day.</p><h2>Reviews</h2><p>See your nurse once a year.</p>`,
      ),
    ).toBe(true);
  });

  it('titles a section whose heading is only an image by the image’s alternative text, with a note', () => {
    const { article, notes } = articleFromHtml(
      '<h2><img src="/icons/inhaler.png" alt="Using an inhaler"></h2><p>Hold it upright and breathe out first.</p><h2><img src="/icons/blank.png" alt=""></h2><p>Rinse your mouth after a steroid inhaler.</p>',
    );
    expect(article.sections.map((section) => section.heading)).toEqual(['Using an inhaler', '']);
    expect(notes).toContainEqual(
      expect.objectContaining({
        kind: 'rewritten',
        element: 'h2',
        message: expect.stringMatching(/alternative text "Using an inhaler" is the section title/),
      }),
    );
    const { document } = serverPage({ article });
    expect(sectionHeadings(document)[0]).toBe('Using an inhaler');
    expect(document.body.textContent).toContain('Rinse your mouth after a steroid inhaler.');
  });

  it('lets a components.a render every content link, linkComponent then unused (as the README says)', () => {
    const Link = ({ href, children }: { href: string; children?: ReactNode }) => (
      <a href={href} data-router="">
        {children}
      </a>
    );
    const MyLink = ({ href, children }: { href?: string; children?: ReactNode }) => (
      <a href={href} data-my-link="">
        {children}
      </a>
    );
    const { article } = articleFromHtml('<h2>S</h2><p><a href="/c/">relative</a> <a href="https://other.example/">other</a></p>', {
      url: 'https://health.example.org/a/',
      linkComponent: Link,
      components: { a: MyLink },
    });
    const { document } = serverPage({ article });
    expect([...document.querySelectorAll('section a[data-my-link]')].map((a) => a.textContent)).toEqual(['relative', 'other']);
    expect(document.querySelector('section a[data-router]')).toBeNull();
  });

  it('keeps only https: iframes from an allowed host, with a fixed sandbox and its short attribute list', () => {
    const result = articleFromHtml(
      '<h2>Videos</h2><p>Two versions of the same video.</p>' +
        '<iframe src="http://www.youtube-nocookie.com/embed/a" title="Plain http"></iframe>' +
        '<iframe src="https://www.youtube-nocookie.com/embed/b" title="Inhaler steps" width="560" height="315" allowfullscreen data-tracking="x" name="frame" sandbox="allow-top-navigation"></iframe>',
      { allowEmbeds: ['www.youtube-nocookie.com'] },
    );
    const { document } = serverPage({ article: result.article });
    const frames = [...document.querySelectorAll('iframe')];
    expect(frames.map((frame) => frame.getAttribute('src'))).toEqual(['https://www.youtube-nocookie.com/embed/b']);
    expect(frames[0]!.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-presentation allow-popups');
    expect(frames[0]!.getAttribute('loading')).toBe('lazy');
    expect(frames[0]!.hasAttribute('data-tracking')).toBe(false);
    expect(frames[0]!.hasAttribute('name')).toBe(false);
    expect(frames[0]!.getAttribute('width')).toBe('560');
    expect(notesOf(result, 'iframe').some((note) => note.kind === 'removed')).toBe(true);
  });

  it('drops class names other than layout classes, without a note (as the README says)', () => {
    const { article } = articleFromHtml('<h2>S</h2><p class="lead custom">Kept text.</p><p class="has-text-align-center">Centred.</p>');
    const { document } = serverPage({ article });
    const [lead, centred] = [...document.querySelectorAll('section p')];
    expect(lead!.textContent).toBe('Kept text.');
    expect(lead!.getAttribute('class') ?? '').toBe('');
    expect(centred!.classList.contains('has-text-align-center')).toBe(true);
  });
});
