import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LinkComponentProps } from '../../src/internal/link';
import { articleFromWordPress, type ContentNote, type WordPressPost } from '../../src/content';
import {
  classicExpected,
  classicPost,
  classicRelated,
  gutenbergAllowEmbeds,
  gutenbergHostileParts,
  gutenbergPost,
} from '../../stories/fixtures/content';
import { textOf } from '../../src/content/hast';
import { parseHtml } from '../../src/content/pipeline';
import { plainText } from '../../src/content/wordpress';
import { authoredBlocks, sectionHeadings, serverPage } from './serverPage';

function RouterLink({ href, className, children }: LinkComponentProps) {
  return (
    <a href={href} className={className} data-router-link="">
      {children}
    </a>
  );
}

describe('articleFromWordPress: a classic-editor post shaped like the page medprose models', () => {
  const { article, notes } = articleFromWordPress(classicPost, { related: classicRelated, linkComponent: RouterLink });
  const { document, text } = serverPage({ article, linkComponent: RouterLink });

  it('renders the title decoded and the standfirst without "Continue reading" or the theme’s screen-reader text', () => {
    expect(document.querySelector('h1')?.textContent).toBe(classicExpected.title);
    expect(text).toContain(classicExpected.summary);
    expect(text).not.toMatch(/Continue reading/);
    expect(document.querySelector('header')?.textContent).not.toContain('“Living with migraine');
  });

  it('has five sections, an FAQ of five with their answers, and the heading-less conclusion under "Conclusion"', () => {
    expect(sectionHeadings(document)).toEqual([...classicExpected.sections, 'Conclusion']);
    const faq = document.getElementById('faq')!;
    expect(faq.querySelector('h2')?.textContent).toBe('Frequently Asked Questions');
    expect([...faq.querySelectorAll('h3')].map((h3) => h3.textContent)).toEqual(classicExpected.questions);
    // Answers are in the server HTML even while closed.
    expect(faq.textContent).toContain('known as medication-overuse headache');
    expect(faq.textContent).not.toContain('In conclusion');
    const conclusion = document.getElementById('conclusion')!;
    expect(conclusion.querySelector('p')?.textContent).toMatch(new RegExp(`^${classicExpected.conclusionStartsWith}`));
    expect(notes.some((note) => note.kind === 'rewritten' && /closing paragraph/.test(note.message))).toBe(true);
  });

  it('loses no paragraph or list item the author wrote', () => {
    for (const block of authoredBlocks(classicPost.content!.rendered!)) expect(text, block).toContain(block);
  });

  it('lists related posts without the article itself, and shows no "no image" text', () => {
    const cards = [...document.querySelectorAll('a')].filter((link) =>
      classicRelated.some((post) => post.link === link.getAttribute('href')),
    );
    expect(cards.map((card) => card.textContent)).toEqual(expect.arrayContaining(classicExpected.related));
    expect(cards.some((card) => card.getAttribute('href') === classicPost.link)).toBe(false);
    expect(article.related?.map((post) => post.title)).toEqual(classicExpected.related);
    expect(text).not.toMatch(/no image/i);
  });

  it('reads dates with the site’s offset (date − date_gmt: GMT in winter, BST in April), author, category and internal links through the router link', () => {
    expect(document.querySelector('header time')?.getAttribute('datetime')).toBe('2026-02-03T09:15:00+00:00');
    expect(article.updated).toBe('2026-04-20T16:40:12+01:00');
    expect(text).toContain('Dana Whitfield');
    expect(article.category).toEqual({ label: 'Brain & nerves', href: 'https://health.example.org/category/brain-nerves/' });
    const internal = [...document.querySelectorAll('a')].find((link) => link.textContent === 'medicines for migraine')!;
    expect(internal.getAttribute('href')).toBe('/medicines-for-migraine/');
    expect(internal.hasAttribute('data-router-link')).toBe(true);
  });

  it('gives every element on the page a unique id', () => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('articleFromWordPress: a Gutenberg post with plugins and hostile markup', () => {
  const { article, notes } = articleFromWordPress(gutenbergPost, { allowEmbeds: gutenbergAllowEmbeds });
  const { document, html, text } = serverPage({ article });
  const noted = (predicate: (note: ContentNote) => boolean) => notes.some(predicate);

  it('puts key takeaways, both FAQ blocks and the references in their medprose components', () => {
    const takeaways = [...document.querySelectorAll('h2')].find((h2) => h2.textContent === 'Key takeaways')!.parentElement!;
    expect(takeaways.querySelectorAll('li')).toHaveLength(3);
    expect(takeaways.textContent).toContain('More is not better');
    const faq = document.getElementById('faq')!;
    expect([...faq.querySelectorAll('h3')].map((h3) => h3.textContent)).toEqual([
      'Who is advised to take vitamin D all year?',
      'Can I take too much vitamin D?',
      'Should I have a blood test before taking a supplement?',
      'Does sunlight through a window count?',
    ]);
    // Old links to the plugins' question anchors still open the answers.
    expect(document.getElementById('faq-question-1706631000002')?.textContent).toContain('Can I take too much vitamin D?');
    expect(document.getElementById('faq-question-1706631009901')).not.toBeNull();
    const references = document.getElementById('references')!;
    expect([...references.querySelectorAll('li[id]')].map((li) => li.id)).toEqual(['ref-1', 'ref-2', 'ref-c7e3a1f0']);
    expect(references.textContent).toContain('Vitamin D and health');
    expect(references.textContent).toContain('mixed results so far');
    // The footnote's own back-link arrow is gone; References draws its own.
    expect(references.textContent).not.toContain('↩');
  });

  it('turns citation links and core footnote marks into numbered Cite marks that point at the entries', () => {
    const marks = [...document.querySelectorAll('a[id^="cite-"]')];
    expect(marks.map((mark) => mark.getAttribute('href'))).toEqual(['#ref-1', '#ref-1', '#ref-2', '#ref-c7e3a1f0']);
    expect(marks.map((mark) => mark.getAttribute('aria-label'))).toEqual(['Reference 1', 'Reference 1', 'Reference 2', 'Reference 3']);
  });

  it('renders the same page again from the same converted article (a cached conversion): marks numbered afresh each time', () => {
    const again = serverPage({ article });
    expect(again.html).toBe(html);
    const marks = [...again.document.querySelectorAll('a[id^="cite-"]')];
    expect(marks.map((mark) => mark.id)).toEqual(['cite-1-1', 'cite-1-2', 'cite-2-1', 'cite-c7e3a1f0-1']);
  });

  it('keeps figures with srcset, sizes and captions, the table, details and the allowed video', () => {
    const figure = [...document.querySelectorAll('figure')].find((f) => f.querySelector('img[srcset]'))!;
    const image = figure.querySelector('img')!;
    expect(image.getAttribute('srcset')).toContain('winter-walk-300x200.jpg 300w');
    expect(image.getAttribute('sizes')).toBe('(max-width: 1024px) 100vw, 1024px');
    expect(image.getAttribute('alt')).toBe('Two people walking in a park on a bright winter morning');
    expect(image.getAttribute('loading')).toBe('lazy');
    expect(image.getAttribute('decoding')).toBe('async');
    expect(image.getAttribute('width')).toBe('1024');
    expect(figure.querySelector('figcaption')?.textContent).toContain('Winter sunlight');
    expect(document.querySelectorAll('table tbody tr')).toHaveLength(3);
    expect(document.querySelector('details.wp-block-details summary')?.textContent).toBe('What does “fortified” mean?');
    const video = document.querySelector('iframe')!;
    expect(video.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/abc123XYZ');
    expect(video.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-presentation allow-popups');
    expect(video.getAttribute('loading')).toBe('lazy');
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
  });

  it('removes every hostile part and notes each removal', () => {
    // medprose's own page has JSON-LD, the FAQ's buttons and chevrons (the FAQ's own svg): nothing else of these kinds may appear.
    expect(
      document.querySelectorAll('object, embed, math, form, input, select, textarea, base, meta, noscript, style, template, frame'),
    ).toHaveLength(0);
    for (const script of document.querySelectorAll('script')) expect(script.getAttribute('type')).toBe('application/ld+json');
    for (const svg of document.querySelectorAll('svg')) expect(svg.matches('#faq [data-faq-chevron]'), svg.outerHTML).toBe(true);
    for (const button of document.querySelectorAll('button')) expect(button.closest('#faq'), button.outerHTML).not.toBeNull();
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute, element.outerHTML.slice(0, 80)).not.toMatch(/^on/);
    }
    expect(html).not.toMatch(/evil\.example|tracker\.example|javascript:|data:text/i);
    // No style attribute from the post, except in an answer; medprose's own image frame sets only its ratio.
    for (const element of document.querySelectorAll('[style]')) {
      const ownFrame =
        element.classList.contains('mp-ImageFrame-Frame') && /^--mp-image-ratio:[\d. /]+$/.test(element.getAttribute('style')!);
      expect(ownFrame || element.closest('[data-faq-panel]') !== null, element.outerHTML.slice(0, 80)).toBe(true);
    }
    const expectations: Record<keyof typeof gutenbergHostileParts, (note: ContentNote) => boolean> = {
      script: (note) => note.element === 'script' && note.source?.includes('document.cookie') === true,
      onerrorImage: (note) => note.element === 'img onerror',
      javascriptLink: (note) => note.element === 'a' && note.source === 'a helpful checklist',
      tabbedScheme: (note) => note.element === 'a' && note.source === 'the printable version',
      dataLink: (note) => note.element === 'a' && note.source === 'this summary',
      foreignIframe: (note) => note.element === 'iframe' && /evil\.example/.test(note.message),
      srcdocIframe: (note) => note.element === 'iframe' && /srcdoc/.test(note.message),
      hiddenStyle: (note) => note.element === 'style attribute',
      form: (note) => note.element === 'form',
      svg: (note) => note.element === 'svg',
      object: (note) => note.element === 'object',
      meta: (note) => note.element === 'meta',
      base: (note) => note.element === 'base',
      mutation: (note) => note.element === 'math',
      noscript: (note) => note.element === 'noscript',
      shortcode: (note) => note.element === 'shortcode' && note.source === gutenbergHostileParts.shortcode,
      nextpage: (note) => note.element === 'nextpage',
      handler: (note) => note.element === 'p onmouseover',
    };
    for (const [part, predicate] of Object.entries(expectations)) expect(noted(predicate), part).toBe(true);
    for (const note of notes) expect(note.message.length, JSON.stringify(note)).toBeGreaterThan(20);
  });

  it('keeps the author’s text around removed elements (link text, labels, the disguised paragraph)', () => {
    for (const words of [
      'a helpful checklist',
      'the printable version',
      'this summary',
      'Your email',
      'Your session has expired.',
      'Not sure whether a supplement is right for you?',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).not.toContain('[cta');
    expect(text).not.toContain('Get the free guide'); // a button's text is a control, not prose
  });

  it('removes the TOC box but keeps its heading anchors as section ids; renames a clashing id and its link', () => {
    expect(text).not.toContain('Table of Contents');
    expect(document.getElementById('Why_vitamin_D_matters')?.tagName).toBe('SECTION');
    expect(noted((note) => note.element === 'table of contents')).toBe(true);
    const renamed = document.getElementById('references-2')!;
    expect(renamed.textContent).toBe('notes on sources');
    expect([...document.querySelectorAll('a')].find((a) => a.textContent === 'read them here')?.getAttribute('href')).toBe('#references-2');
    expect(noted((note) => note.kind === 'rewritten' && /"references"/.test(note.message))).toBe(true);
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('notes that the mid-post FAQ moved and the two FAQ blocks were joined', () => {
    expect(noted((note) => /middle of the post/.test(note.message))).toBe(true);
    expect(noted((note) => /Yoast SEO, Rank Math/.test(note.message))).toBe(true);
  });

  it('takes the featured image from _embedded with its sizes as srcSet', () => {
    expect(article.image).toMatchObject({ alt: 'A bowl of salmon, eggs and greens on a kitchen table', width: 1600, height: 900 });
    expect(article.image?.srcSet).toBe(
      'https://health.example.org/wp-content/uploads/2026/01/vitamin-d-hero-300x169.jpg 300w, https://health.example.org/wp-content/uploads/2026/01/vitamin-d-hero-1024x576.jpg 1024w, https://health.example.org/wp-content/uploads/2026/01/vitamin-d-hero.jpg 1600w',
    );
    // WordPress cut this excerpt ([&hellip;]) and the post's first paragraph is not in it: it reads as cut.
    expect(article.summary).toBe(
      'Vitamin D keeps bones and muscles healthy. In the darker months, many people are advised to consider a supplement…',
    );
  });

  it('removes embeds from hosts not allowed (none by default)', () => {
    const { article: strict, notes: strictNotes } = articleFromWordPress(gutenbergPost);
    expect(serverPage({ article: strict }).html).not.toContain('<iframe');
    expect(strictNotes.some((note) => note.element === 'iframe' && /youtube-nocookie/.test(note.message))).toBe(true);
  });
});

describe('articleFromWordPress: bad and partial input', () => {
  it('reads plain names and titles without the parser exactly as the parser reads them', () => {
    // Whitespace of every kind, control and non-BMP characters, and the characters that make the parser necessary.
    const piece = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom(' ', '\t', '\n', '\r\n', '\f', '\u00a0', '\u2028', '\u0000', '&amp;', '&#8217;', '<b>', 'x</i>', '&'),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join('')),
        (field) => {
          expect(plainText(field)).toBe(textOf(parseHtml(field)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('throws a TypeError naming the argument for a post that is not an object', () => {
    for (const bad of [null, undefined, 'post', 42, []]) {
      expect(() => articleFromWordPress(bad as unknown as WordPressPost)).toThrow(TypeError);
      expect(() => articleFromWordPress(bad as unknown as WordPressPost)).toThrow(/`post`/);
    }
  });

  it('gives a valid empty article and notes for a post without title or content, and Article renders it', () => {
    const { article, notes } = articleFromWordPress({});
    expect(article).toMatchObject({ title: '', sections: [] });
    expect(notes.map((note) => note.kind)).toContain('unrecognised');
    expect(() => serverPage({ article })).not.toThrow();
  });

  it('tolerates error-shaped and missing embeds, and reads a post without date_gmt as a calendar date', () => {
    const { article, notes } = articleFromWordPress({
      title: { rendered: 'Caf&eacute; <em>culture</em> &amp; sleep' },
      content: { rendered: '<p>Body.</p>' },
      date: '2026-05-01T23:30:00',
      featured_media: 9,
      _embedded: {
        'wp:featuredmedia': [{ code: 'rest_forbidden' }],
        author: [{ code: 'rest_user_invalid_id' }],
        'wp:term': 'nope' as never,
      },
    });
    expect(article.title).toBe('Café culture & sleep');
    expect(article.image).toBeUndefined();
    expect(article.authors).toBeUndefined();
    expect(article.published).toBe('2026-05-01');
    expect(notes.some((note) => /rest_forbidden/.test(note.message))).toBe(true);
    expect(serverPage({ article }).text).toContain('Body.');
  });

  // A post as the REST API returns it, with only what each test below needs.
  const post = (fields: WordPressPost): WordPressPost => ({
    title: { rendered: 'Chickenpox in children' },
    content: { rendered: '<h2>Symptoms</h2><p>An itchy, spotty rash that turns into blisters, then scabs.</p>' },
    date_gmt: '2026-03-02T09:00:00',
    ...fields,
  });
  const featured = (notes: ContentNote[]) => notes.filter((note) => note.element === 'featured image');

  it('shows "Updated" only when modified_gmt falls on another day than the post (as the README says)', () => {
    expect(articleFromWordPress(post({ modified_gmt: '2026-03-02T17:45:00' })).article.updated).toBeUndefined();
    expect(articleFromWordPress(post({ modified_gmt: '2026-03-09T08:00:00' })).article.updated).toBe('2026-03-09T08:00:00Z');
  });

  it('notes a featured image the response does not embed, and shows the page without an image', () => {
    const { article, notes } = articleFromWordPress(post({ featured_media: 311 }));
    expect(featured(notes)).toEqual([
      expect.objectContaining({ kind: 'unrecognised', message: expect.stringMatching(/no _embedded media.*\?_embed/) }),
    ]);
    expect(article.image).toBeUndefined();
    const { document, text } = serverPage({ article });
    expect(document.querySelector('header img')).toBeNull();
    expect(text).toContain('An itchy, spotty rash that turns into blisters, then scabs.');
    // No featured image set: nothing to note.
    expect(featured(articleFromWordPress(post({ featured_media: 0 })).notes)).toEqual([]);
  });

  it('notes a featured image without alt text, and shows it as decorative', () => {
    const { article, notes } = articleFromWordPress(
      post({
        featured_media: 311,
        _embedded: {
          'wp:featuredmedia': [{ source_url: 'https://health.example.org/wp-content/uploads/2026/03/child-resting.jpg', alt_text: '' }],
        },
      }),
    );
    expect(featured(notes)).toEqual([
      expect.objectContaining({ kind: 'unrecognised', message: expect.stringMatching(/no alternative text/) }),
    ]);
    expect(article.image).toEqual({ src: 'https://health.example.org/wp-content/uploads/2026/03/child-resting.jpg', alt: '' });
    const image = serverPage({ article }).document.querySelector('header img')!;
    expect(image.getAttribute('src')).toBe('https://health.example.org/wp-content/uploads/2026/03/child-resting.jpg');
    expect(image.getAttribute('alt')).toBe('');
  });

  it('notes a post without date_gmt, and shows its site-local day as the publication date', () => {
    // 23:30 site time may be the next day in UTC: only the calendar day is certain.
    const { article, notes } = articleFromWordPress(post({ date_gmt: undefined, date: '2026-03-09T23:30:00' }));
    expect(notes.filter((note) => note.element === 'date')).toEqual([
      expect.objectContaining({ kind: 'rewritten', message: expect.stringMatching(/no date_gmt/) }),
    ]);
    expect(article.published).toBe('2026-03-09');
    expect(serverPage({ article }).document.querySelector('header time')?.getAttribute('datetime')).toBe('2026-03-09');
    // With date_gmt there is nothing to note.
    expect(articleFromWordPress(post({ date: '2026-03-02T09:00:00' })).notes.filter((note) => note.element === 'date')).toEqual([]);
  });

  it('says a password-protected post fetched with its password is shown to every reader', () => {
    const { article, notes } = articleFromWordPress(
      post({ content: { rendered: '<h2>Spots and fever</h2><p>The spots crust over within about a week.</p>', protected: true } }),
    );
    expect(notes.filter((note) => note.element === 'content')).toEqual([
      expect.objectContaining({ kind: 'unrecognised', message: expect.stringMatching(/password-protected.*shows it to every reader/) }),
    ]);
    expect(article.sections.map((section) => section.heading)).toEqual(['Spots and fever']);
  });

  it('notes a password-protected post, and keeps its title and date on an article with no body', () => {
    // WordPress sends protected posts with empty content and excerpt unless the password is given.
    const { article, notes } = articleFromWordPress(post({ content: { rendered: '', protected: true }, excerpt: { rendered: '' } }));
    expect(notes.filter((note) => note.element === 'content')).toEqual([
      expect.objectContaining({ kind: 'unrecognised', message: expect.stringMatching(/password-protected/) }),
    ]);
    expect(article).toMatchObject({ title: 'Chickenpox in children', published: '2026-03-02T09:00:00Z', sections: [] });
    const { document } = serverPage({ article });
    expect(document.querySelector('h1')?.textContent).toBe('Chickenpox in children');
    expect(document.querySelectorAll('section[data-level]')).toHaveLength(0);
  });

  it('lets options override what the post says, and leaves the post out of its related list by id', () => {
    const { article } = articleFromWordPress(classicPost, {
      title: 'A title from the theme',
      review: { reviewer: { name: 'Dr. Lena Ortiz', credentials: 'MD' }, date: '2026-04-01' },
      related: [{ ...classicPost, link: 'https://health.example.org/?p=4187' }],
    });
    expect(article.title).toBe('A title from the theme');
    expect((article.review?.reviewer as { name: string }).name).toBe('Dr. Lena Ortiz');
    expect(article.related).toBeUndefined();
  });
});
