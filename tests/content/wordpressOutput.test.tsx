import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { articleFromHtml, articleFromWordPress, type WordPressPost } from '../../src/content';
import { cardImageSizes } from '../../src/components/RelatedPosts/RelatedPosts.styles';
import { articleHeroImageSizes } from '../../src/components/Article/articleImage';
import { excerptText } from '../../src/content/wordpress';
import { parseHtml } from '../../src/content/pipeline';
import { es } from '../../src/locale';
import { serverPage } from './serverPage';

/**
 * What real WordPress 6.1 output broke (issue 19), checked on the responses a
 * live WordPress returned (tests/content/fixtures/wordpress, recorded by the
 * live harness: `?_embed`, site time zone New York).
 */
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/wordpress');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(fixtures, file), 'utf8'));
interface Shown {
  shown: string;
  iso: string;
}
const manifest = read('manifest.json') as {
  posts: Record<string, { id: number; date: Shown; modified: Shown; embeds: { url: string; caption: string }[] }>;
};
const recorded = (name: string) => read(`${name}.json`) as { post: WordPressPost; related: WordPressPost[] };
const convert = (name: string, options: Parameters<typeof articleFromWordPress>[1] = {}) => {
  const { post, related } = recorded(name);
  return articleFromWordPress(post, { related, ...options });
};
const jsonLd = (document: Document) =>
  JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'] as Record<string, unknown>[];
const articleNode = (document: Document) => jsonLd(document).find((node) => node['@type'] === 'Article')!;

describe('media in a converted body (1)', () => {
  it('wraps a wide table in a focusable region named by its figure’s caption', () => {
    const { document } = serverPage(convert('blocks'));
    const table = document.querySelector('figure.wp-block-table table')!;
    const region = table.parentElement!;
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.hasAttribute('data-mp-scroll')).toBe(true);
    expect(region.getAttribute('aria-label')).toBe('Common options from a pharmacy. Read the leaflet that comes with any medicine.');
    // The caption stays the figure's, after the region.
    expect(region.nextElementSibling?.tagName).toBe('FIGCAPTION');
  });

  it('names the region of a table with no caption by the locale’s word, and by its own <caption> when it has one', () => {
    const classic = serverPage(convert('classic')).document.querySelector('table')!.parentElement!;
    expect(classic.getAttribute('aria-label')).toBe('Table');
    const spanish = articleFromWordPress(recorded('classic').post, { locale: es });
    expect(
      serverPage({ ...spanish, locale: es })
        .document.querySelector('table')!
        .parentElement!.getAttribute('aria-label'),
    ).toBe('Tabla');
    const captioned = articleFromHtml('<h2>Doses</h2><table><caption>Doses by age</caption><tr><td>1</td></tr></table>');
    expect(serverPage(captioned).document.querySelector('table')!.parentElement!.getAttribute('aria-label')).toBe('Doses by age');
    // Exactly one region per table: the wrapper's own table is not wrapped again.
    expect(serverPage(captioned).document.querySelectorAll('[data-mp-scroll]')).toHaveLength(1);
  });

  it('keeps WordPress’s aspect-ratio classes on an allowed embed, which the prose styles size by', () => {
    const { document } = serverPage(convert('blocks', { allowEmbeds: ['www.youtube.com'] }));
    const figure = document.querySelector('iframe')!.closest('figure')!;
    expect(figure.classList.contains('wp-embed-aspect-16-9')).toBe(true);
    expect(figure.classList.contains('wp-has-aspect-ratio')).toBe(true);
  });
});

describe('dates as the publisher’s site shows them (2)', () => {
  it('shows the evening post on the day WordPress shows, with the instant and offset in <time> and JSON-LD', () => {
    const expected = manifest.posts.evening!.date;
    const result = convert('evening');
    expect(result.article.published).toBe(expected.iso);
    const { document } = serverPage(result);
    const time = document.querySelector('header time')!;
    expect(time.textContent).toBe(expected.shown);
    expect(time.getAttribute('datetime')).toBe(expected.iso);
    expect(articleNode(document).datePublished).toBe(expected.iso);
  });

  it('reads each pair by itself: published in winter time (-05:00), updated in summer time (-04:00)', () => {
    const { date, modified } = manifest.posts.blocks!;
    const { document } = serverPage(convert('blocks'));
    const times = [...document.querySelectorAll('header time')].map((time) => [time.textContent, time.getAttribute('datetime')]);
    expect(times).toEqual([
      [date.shown, date.iso],
      [modified.shown, modified.iso],
    ]);
    expect(articleNode(document)).toMatchObject({ datePublished: date.iso, dateModified: modified.iso });
  });

  it('shows a related card’s date as the site does (the evening post on the 18th)', () => {
    const { document } = serverPage(convert('autoExcerpt'));
    const card = [...document.querySelectorAll('li')].find((item) => item.textContent?.includes('clocks go forward'))!;
    const time = card.querySelector('time')!;
    expect(time.textContent).toBe(manifest.posts.evening!.date.shown);
    expect(time.getAttribute('datetime')).toBe(manifest.posts.evening!.date.iso);
  });

  it('shows review dates written with an offset on the day written', () => {
    const { article } = convert('evening', {
      review: { reviewer: { name: 'Dr. Ama Owusu', credentials: 'MBBS' }, date: '2024-03-18T22:10:00-04:00' },
      lastReviewed: '2024-03-18T23:45:00-04:00',
    });
    const { document } = serverPage({ article });
    const reviewTimes = [...document.querySelectorAll('time')].filter((time) => time.getAttribute('datetime')?.startsWith('2024-03-18T2'));
    expect(reviewTimes.map((time) => time.textContent)).toEqual(expect.arrayContaining(['March 18, 2024']));
    expect(reviewTimes.every((time) => time.textContent === 'March 18, 2024')).toBe(true);
    expect(jsonLd(document).find((node) => node['@type'] === 'MedicalWebPage')?.lastReviewed).toBe('2024-03-18T23:45:00-04:00');
  });

  it('gives a post without its site-local date the UTC instant, and says so', () => {
    const { post } = recorded('evening');
    const { article, notes } = articleFromWordPress({ ...post, date: undefined });
    expect(article.published).toBe('2024-03-19T01:30:00Z');
    expect(notes.filter((note) => note.element === 'date')).toEqual([
      expect.objectContaining({ kind: 'rewritten', message: expect.stringMatching(/UTC day/) }),
    ]);
  });
});

describe('standfirsts from WordPress excerpts (3)', () => {
  it('prefers the post’s complete first sentence to an automatic excerpt WordPress cut, in the hero, JSON-LD and cards', () => {
    const sentence = 'If you have headaches that keep coming back, a diary can help you and your doctor see what is going on.';
    const { article } = convert('autoExcerpt');
    expect(article.summary).toBe(sentence);
    const { document } = serverPage({ article });
    expect(document.querySelector('header p')?.textContent).not.toContain('memory');
    expect(articleNode(document).description).toBe(sentence);
    // The same post as a related card of another.
    const card = convert('evening').article.related?.find((related) => related.href.includes('headache'));
    expect(card?.excerpt).toBe(sentence);
  });

  it('ends a cut excerpt with an ellipsis when no complete opening fits inside it', () => {
    const cut = '<p>Writing down when each headache starts often shows a pattern over weeks: whether [&hellip;]</p>\n';
    // A first paragraph longer than the excerpt, with no sentence end inside it.
    const body = parseHtml(
      '<p>Writing down when each headache starts often shows a pattern over weeks: whether it follows meals or sleep</p>',
    );
    expect(excerptText(cut, body)).toBe('Writing down when each headache starts often shows a pattern over weeks: whether…');
    expect(excerptText(cut)).toBe('Writing down when each headache starts often shows a pattern over weeks: whether…');
  });

  it('takes the whole first paragraph when the excerpt holds it, and leaves citation marks and abbreviations whole', () => {
    const cut = '<p>Most colds get better within a week.1 Rest helps. Dr. Lee advises fluids, and a pharmacist can [&hellip;]</p>';
    expect(
      excerptText(
        cut,
        parseHtml('<p>Most colds get better within a week.<sup><a href="#ref-1">1</a></sup> Rest helps.</p><p>Dr. Lee advises fluids.</p>'),
      ),
    ).toBe('Most colds get better within a week. Rest helps.');
    // "Dr." does not end the first sentence: the cut falls inside the second, so only the first is taken.
    expect(
      excerptText(
        cut,
        parseHtml('<p>Most colds get better within a week. Rest helps. Dr. Lee advises fluids, and a pharmacist can suggest remedies.</p>'),
      ),
    ).toBe('Most colds get better within a week. Rest helps.');
    // A manual excerpt (not cut) is the author's words, unchanged.
    expect(excerptText('<p>How to look after a cold at home.</p>', parseHtml('<p>Other words.</p>'))).toBe(
      'How to look after a cold at home.',
    );
  });
});

describe('featured images (4)', () => {
  it('offers only sizes of the original’s shape: not WordPress’s 150×150 thumbnail', () => {
    const { post } = recorded('classic');
    const sizes = post._embedded!['wp:featuredmedia']![0]!.media_details!.sizes!;
    expect(sizes.thumbnail).toMatchObject({ width: 150, height: 150 });
    const { article } = convert('classic');
    const widths = article.image!.srcSet!.split(', ').map((candidate) => Number(candidate.split(' ')[1]!.slice(0, -1)));
    expect(widths).toEqual([300, 768, 1024, 1536, 1600]);
    expect(article.image!.srcSet).not.toContain('150x150');
  });

  it('gives the hero and card images a sizes attribute for their layout', () => {
    const { document } = serverPage(convert('classic'));
    expect(document.querySelector('header img')?.getAttribute('sizes')).toBe(articleHeroImageSizes);
    const cardImages = [...document.querySelectorAll('li img')];
    expect(cardImages.length).toBeGreaterThan(0);
    for (const image of cardImages) expect(image.getAttribute('sizes')).toBe(cardImageSizes);
  });

  it('keeps an image’s own sizes', () => {
    const { article } = convert('classic');
    const { document } = serverPage({ article: { ...article, image: { ...article.image!, sizes: '50vw' } } });
    expect(document.querySelector('header img')?.getAttribute('sizes')).toBe('50vw');
  });
});

describe('an embed from a host not allowed (5)', () => {
  it('becomes a link to the video beside its caption, and the note says so', () => {
    const [embed] = manifest.posts.blocks!.embeds;
    const { article, notes } = convert('blocks');
    const { document } = serverPage({ article });
    expect(document.querySelector('iframe')).toBeNull();
    const figure = document.querySelector('figure.wp-block-embed')!;
    const link = figure.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(embed!.url);
    expect(link.textContent).toBe('Easing hay fever at home: a pharmacist explains (youtube.com)');
    expect(figure.querySelector('figcaption')?.textContent).toBe(embed!.caption);
    expect(figure.querySelector('.wp-block-embed__wrapper')?.textContent?.trim()).not.toBe('');
    expect(notes).toContainEqual(
      expect.objectContaining({ kind: 'removed', element: 'iframe', message: expect.stringMatching(/a link to it is shown instead/) }),
    );
  });

  it('links a classic post’s oEmbed player too, but not an iframe the author did not embed as a video', () => {
    const { document } = serverPage(
      articleFromHtml(
        '<h2>Video</h2><p><iframe title="Washing hands" src="https://player.vimeo.com/video/123456"></iframe></p><iframe src="https://ads.example/banner.html"></iframe>',
      ),
    );
    expect([...document.querySelectorAll('section a[href^="http"]')].map((a) => a.getAttribute('href'))).toEqual([
      'https://vimeo.com/123456',
    ]);
  });
});

describe('references the text does not cite (6)', () => {
  it('are one converter note, not a development warning on each render', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { article, notes } = convert('references');
    serverPage({ article });
    serverPage({ article });
    expect(warn.mock.calls.map((call) => String(call[0])).filter((text) => /not cited/.test(text))).toEqual([]);
    expect(notes.filter((note) => note.element === 'references')).toEqual([
      expect.objectContaining({ kind: 'unrecognised', message: expect.stringMatching(/^3 of 3 reference\(s\) are not cited in the text/) }),
    ]);
    expect(article.references?.every((reference) => reference.uncited === true)).toBe(true);
  });

  it('marks only the references no mark cites', () => {
    const { article, notes } = articleFromHtml(
      '<h2>Sleep</h2><p>Adults need seven hours.<sup><a href="#ref-1">1</a></sup></p><h2>References</h2><ol><li id="ref-1">Sleep study.</li><li id="ref-2">Further reading.</li></ol>',
    );
    expect(article.references?.map((reference) => [reference.id, reference.uncited])).toEqual([
      ['1', undefined],
      ['2', true],
    ]);
    expect(notes.find((note) => note.element === 'references')?.message).toMatch(/^1 of 2 .* after the cited ones/);
  });
});

describe('<noscript> and lazy-loaded images (7)', () => {
  it('keeps every paragraph a reader’s browser shows after a <noscript> that breaks out', () => {
    const { post } = recorded('hostile');
    const { article } = articleFromWordPress(post);
    const { text } = serverPage({ article });
    for (const paragraph of [
      'The first paragraph of this section is ordinary text the administrator wrote.',
      'This paragraph comes after a noscript element and every reader’s browser shows it.',
      'The closing paragraph is also shown by every browser.',
    ]) {
      expect(text).toContain(paragraph);
    }
  });

  it('notes a <noscript> that takes text with it, with that text', () => {
    const { article, notes } = articleFromHtml(
      '<h2>Care</h2><p>Shown.</p><noscript><p>Rest and drink fluids.</p><p>See a doctor if it lasts.',
    );
    expect(serverPage({ article }).text).toContain('Shown.');
    expect(notes).toContainEqual(
      expect.objectContaining({
        element: 'noscript',
        message: expect.stringMatching(/not closed/),
        source: 'Rest and drink fluids.See a doctor if it lasts.',
      }),
    );
  });

  it('turns a lazy-load plugin’s placeholder and <noscript> copy into one real image', () => {
    const { article, notes } = convert('lazyload');
    const { document } = serverPage({ article });
    const images = [...document.querySelectorAll('figure img')];
    expect(images).toHaveLength(1);
    expect(images[0]!.getAttribute('src')).toBe('http://wordpress.test/wp-content/uploads/2024/03/window-closed-1024x683.jpg');
    expect(images[0]!.getAttribute('srcset')).toContain('window-closed-300x200.jpg 300w');
    expect(images[0]!.getAttribute('alt')).toBe('A bedroom window kept closed on a bright morning');
    expect(notes).toContainEqual(
      expect.objectContaining({ kind: 'rewritten', element: 'img', message: expect.stringMatching(/^1 lazy-loaded image/) }),
    );
    expect(notes.some((note) => note.element === 'noscript')).toBe(false);
  });

  it('takes the real image from data-src, or from the <noscript> copy, wherever the image is', () => {
    const { article } = articleFromHtml(
      '<h2>Eyes</h2><p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://site.example/eye.jpg" data-srcset="https://site.example/eye-300.jpg 300w" alt="An eye chart"></p>',
    );
    const image = serverPage({ article }).document.querySelector('section img')!;
    expect(image.getAttribute('src')).toBe('https://site.example/eye.jpg');
    expect(image.getAttribute('srcset')).toBe('https://site.example/eye-300.jpg 300w');
    // At the top of the content too, with its <noscript> copy.
    const top = articleFromHtml(
      '<img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="A chart"><noscript><img src="https://site.example/chart.png"></noscript><h2>Eyes</h2><p>Text.</p>',
    );
    const images = [...serverPage(top).document.querySelectorAll('img')];
    expect(images.map((each) => [each.getAttribute('src'), each.getAttribute('alt')])).toEqual([
      ['https://site.example/chart.png', 'A chart'],
    ]);
  });
});

describe('block buttons and captions (8)', () => {
  it('keeps a button link’s block class and never writes an empty class attribute', () => {
    const { html, document } = serverPage(convert('blocks'));
    const button = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Find a pharmacy near you')!;
    expect(button.getAttribute('class')).toBe('wp-block-button__link');
    expect(html).not.toContain('class=""');
    const { html: plain } = serverPage(articleFromHtml('<h2>S</h2><p><a class="site-modal" href="https://example.org/">Read</a></p>'));
    expect(plain).toContain('<a href="https://example.org/">Read</a>');
  });

  it('keeps a classic caption’s aria-describedby, pointing at its own caption even when the image appears twice', () => {
    const { document } = serverPage(convert('classic'));
    const figure = document.querySelector('figure.wp-caption')!;
    const caption = document.getElementById(figure.getAttribute('aria-describedby')!);
    expect(caption?.tagName).toBe('FIGCAPTION');
    expect(caption?.parentElement).toBe(figure);

    const captioned = (n: number) =>
      `<figure id="attachment_5" aria-describedby="caption-attachment-5" class="wp-caption"><img src="https://site.example/cuff.jpg" alt="A cuff"><figcaption id="caption-attachment-5">Caption ${n}</figcaption></figure>`;
    const twice = serverPage(articleFromHtml(`<h2>S</h2>${captioned(1)}<p>Again:</p>${captioned(2)}`)).document;
    for (const [index, each] of [...twice.querySelectorAll('figure')].entries()) {
      expect(twice.getElementById(each.getAttribute('aria-describedby')!)?.textContent).toBe(`Caption ${index + 1}`);
    }
    // A caption the sanitiser removed leaves no reference to nothing.
    const orphan = serverPage(
      articleFromHtml('<h2>S</h2><figure aria-describedby="gone"><img src="https://site.example/a.jpg" alt="A"></figure>'),
    ).document;
    expect(orphan.querySelector('figure')?.hasAttribute('aria-describedby')).toBe(false);
  });
});
