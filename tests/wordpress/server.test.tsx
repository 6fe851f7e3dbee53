// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromWordPress } from '../../src/content';
import type { PostName, WordPressManifestPost } from './harness/manifest';
import { fetchPost } from './harness/rest.mjs';
import {
  liveArticle,
  parsePage,
  plainText,
  postNames,
  readsCompleteOrCut,
  renderPage,
  squash,
  srcsetUrls,
  visibleBlocks,
  wordpress,
  type LiveArticle as Converted,
} from './live';

/**
 * Every post of the live WordPress (tests/wordpress/harness/seed.php), fetched now from /wp-json/wp/v2/posts/<id>?_embed,
 * through articleFromWordPress + Article and react-dom/server, compared with what WordPress itself says (the
 * manifest seed.php wrote from PHP: get_the_date(), get_permalink(), wp_get_attachment_image_srcset()).
 */
const { manifest } = wordpress();
/** Posts a reader can read: every one but the password-protected post, which has its own tests. */
const readable = postNames().filter((name) => !manifest.posts[name].protected);
const withRelated = readable.filter((name) => manifest.posts[name].related.length > 0);
const withFeaturedImage = readable.filter((name) => manifest.posts[name].featuredImage !== null);
const byId = (id: number) => Object.values(manifest.posts).find((post) => post.id === id)!;

type LiveArticle = Converted & ReturnType<typeof parsePage>;

/** A live post converted, rendered and parsed as a browser would read the server HTML. */
async function convert(name: PostName, options: Parameters<typeof liveArticle>[1] = {}): Promise<LiveArticle> {
  const converted = await liveArticle(name, options);
  return { ...converted, ...parsePage(converted.page.html) };
}

const articles = new Map<PostName, Promise<LiveArticle>>();
const live = (name: PostName) => {
  if (!articles.has(name)) articles.set(name, convert(name));
  return articles.get(name)!;
};

/**
 * A `<time dateTime>` or JSON-LD date as WordPress gives it in get_the_date('c'): the same instant, written in the
 * site's local time with the site's offset ("2024-03-18T21:30:00-04:00"), so the day in it is the day the site shows.
 */
function expectSiteInstant(value: string | null | undefined, wpIso: string, what: string) {
  expect(value, what).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/);
  expect(Date.parse(value!), `${what}: the same instant as WordPress's ${wpIso}`).toBe(Date.parse(wpIso));
  expect(`${value!.slice(0, 16)} ${value!.slice(-6)}`, `${what}: the site's local time and offset`).toBe(
    `${wpIso.slice(0, 16)} ${wpIso.slice(-6)}`,
  );
}

/** A standfirst or card excerpt: WordPress's whole excerpt, or, where WordPress cut it, text that reads as cut or complete. */
function expectExcerptReads(shown: string, excerptHtml: string | undefined, contentHtml: string | undefined, what: string) {
  const wpExcerpt = plainText(excerptHtml ?? '');
  const cutByWordPress = /\[…\]$/u.test(wpExcerpt);
  if (!cutByWordPress) {
    expect(shown, `${what}: WordPress's whole excerpt`).toBe(wpExcerpt);
    return;
  }
  // "… the pattern over weeks: whether" reads as a sentence that stops; "… whether …" or a whole sentence does not.
  expect(readsCompleteOrCut(shown), `${what} reads as complete or visibly cut: "${shown}"`).toBe(true);
  const words = squash(`${wpExcerpt.replace(/\s*\[…\]$/u, '')} ${visibleBlocks(contentHtml ?? '').join(' ')}`);
  expect(words, `${what}: the author's own words`).toContain(shown.replace(/\s*…$/u, '').trim());
}

/** Every candidate of a srcset is one WordPress itself lists for the image (only sizes of the original's shape). */
function expectSameShapeSrcset(image: Element | null | undefined, wp: WordPressManifestPost, what: string) {
  expect(image, `${what}: an image`).toBeTruthy();
  const allowed = new Set(srcsetUrls(wp.featuredImage!.srcset));
  const srcset = image!.getAttribute('srcset');
  expect(srcset, `${what}: a srcset`).toBeTruthy();
  expect(
    srcsetUrls(srcset!).filter((url) => !allowed.has(url)),
    `${what}: candidates not of the image's shape (WordPress's srcset: ${wp.featuredImage!.srcset})`,
  ).toEqual([]);
  expect(image!.getAttribute('sizes')?.trim(), `${what}: a sizes attribute matching its layout`).toBeTruthy();
}

describe.each(readable)('the live %s post, converted and rendered on the server', (name) => {
  let page: LiveArticle;
  beforeAll(async () => {
    page = await live(name);
  });

  it('has nothing that can run: no script but JSON-LD, no on* attribute, no script URL, no srcdoc or noscript', () => {
    const { document } = page;
    for (const script of document.querySelectorAll('script')) expect(script.getAttribute('type')).toBe('application/ld+json');
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      element
        .getAttributeNames()
        .filter((attribute) => /^on/i.test(attribute))
        .map((attribute) => `${element.tagName}[${attribute}]`),
    );
    expect(handlers).toEqual([]);
    const urls = [...document.querySelectorAll('[href], [src], [srcset], [action], [formaction], [poster], [data]')].flatMap((element) =>
      ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data']
        .map((attribute) => element.getAttribute(attribute) ?? '')
        // eslint-disable-next-line no-control-regex -- a browser ignores leading control characters in a URL, so the check does too
        .filter((value) => /^[\s\0-\x1f]*(?:javascript|vbscript|data:text)/i.test(value)),
    );
    expect(urls).toEqual([]);
    expect(
      [...document.querySelectorAll('iframe[srcdoc], object, embed, form, base, meta, noscript, style, template, frame, frameset')].map(
        (element) => element.tagName,
      ),
    ).toEqual([]);
  });

  it('keeps every paragraph, list item, cell, caption and heading a reader of the WordPress page sees', () => {
    const missing = visibleBlocks(page.post.content!.rendered!).filter((block) => !page.text.includes(block));
    expect(missing).toEqual([]);
  });

  it('logs no warning while it renders (what the content lacks is a converter note, not a render warning)', () => {
    expect(page.page.warnings).toEqual([]);
  });

  it('writes no empty class attribute', () => {
    expect(page.page.html.match(/<[a-z]+[^>]*\sclass=""[^>]*>/g) ?? []).toEqual([]);
  });

  it('shows the day WordPress shows for the post (and for its update)', () => {
    const times = [...page.document.querySelectorAll('header time')];
    expect(times[0]?.textContent, 'published').toBe(page.wp.date.shown);
    if (page.wp.modified.shown !== page.wp.date.shown) expect(times[1]?.textContent, 'updated').toBe(page.wp.modified.shown);
    else expect(times).toHaveLength(1);
  });

  it('gives <time dateTime> and the JSON-LD dates the instant with the site’s offset, as WordPress does', () => {
    const times = [...page.document.querySelectorAll('header time')];
    expectSiteInstant(times[0]?.getAttribute('datetime'), page.wp.date.iso, 'published <time dateTime>');
    if (page.wp.modified.shown !== page.wp.date.shown)
      expectSiteInstant(times[1]?.getAttribute('datetime'), page.wp.modified.iso, 'updated <time dateTime>');
    const graph = JSON.parse(page.document.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'] as Record<
      string,
      string
    >[];
    const article = graph.find((node) => node['@type'] === 'Article')!;
    expectSiteInstant(article.datePublished, page.wp.date.iso, 'JSON-LD datePublished');
    if (article.dateModified !== undefined) expectSiteInstant(article.dateModified, page.wp.modified.iso, 'JSON-LD dateModified');
  });

  it('shows a standfirst (and a JSON-LD description) that reads as complete, or as cut', () => {
    const standfirst = squash(page.document.querySelector('header .mp-ArticleHero-Summary')?.textContent ?? '');
    expectExcerptReads(standfirst, page.post.excerpt?.rendered, page.post.content?.rendered, 'the standfirst');
    const graph = JSON.parse(page.document.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'] as Record<
      string,
      string
    >[];
    expectExcerptReads(
      graph.find((node) => node['@type'] === 'Article')!.description ?? '',
      page.post.excerpt?.rendered,
      page.post.content?.rendered,
      'the JSON-LD description',
    );
  });
});

describe.each(withFeaturedImage)('the live %s post’s featured image', (name) => {
  it('offers only sizes of the image’s own shape, with a sizes attribute', async () => {
    const page = await live(name);
    expectSameShapeSrcset(page.document.querySelector('header img'), page.wp, 'the hero image');
  });
});

describe.each(withRelated)('the live %s post’s related posts', (name) => {
  let page: LiveArticle;
  beforeAll(async () => {
    page = await live(name);
  });
  const cardOf = (related: WordPressManifestPost) => {
    const link = [...page.document.querySelectorAll('.mp-RelatedPosts-Card a')].find(
      (anchor) => anchor.getAttribute('href') === related.link,
    );
    return link?.closest('.mp-RelatedPosts-Card');
  };

  it('shows each in the order given, with the day WordPress shows for it', () => {
    const related = page.wp.related.map(byId);
    expect([...page.document.querySelectorAll('.mp-RelatedPosts-Card h3')].map((title) => title.textContent)).toEqual(
      related.map((post) => plainText(post.title)),
    );
    for (const post of related) {
      const time = cardOf(post)?.querySelector('time');
      expect(time?.textContent, `${post.slug}'s card`).toBe(post.date.shown);
      const dateTime = time!.getAttribute('datetime')!;
      // A calendar date is a whole day; a full instant must be WordPress's own.
      if (dateTime.length === 10) expect(dateTime, `${post.slug}'s card dateTime`).toBe(post.date.iso.slice(0, 10));
      else expectSiteInstant(dateTime, post.date.iso, `${post.slug}'s card dateTime`);
    }
  });

  it('gives each card an excerpt that reads as complete, or as cut', () => {
    for (const post of page.related) {
      const excerpt = squash(cardOf(byId(post.id!))?.querySelector('.mp-RelatedPosts-Excerpt')?.textContent ?? '');
      expectExcerptReads(excerpt, post.excerpt?.rendered, post.content?.rendered, `${post.slug as string}'s card excerpt`);
    }
  });

  it('gives each card image only sizes of the image’s own shape, with a sizes attribute', () => {
    const related = page.wp.related.map(byId).filter((post) => post.featuredImage !== null);
    expect(related.length).toBeGreaterThan(0);
    for (const post of related) expectSameShapeSrcset(cardOf(post)?.querySelector('img'), post, `${post.slug}'s card image`);
  });
});

describe('the live block-editor post', () => {
  it('turns a YouTube embed it may not show (no allowEmbeds) into a link to the video with its caption, and says so', async () => {
    const page = await live('blocks');
    const [video] = page.wp.embeds;
    const link = [...page.document.querySelectorAll('a')].find((anchor) => anchor.getAttribute('href') === video!.url);
    expect(link, `a link to ${video!.url}`).toBeTruthy();
    expect(squash(link!.closest('figure')?.textContent ?? ''), 'the link sits with its caption').toContain(video!.caption);
    // No caption for nothing: every embed figure holds the video or the link to it.
    for (const figure of page.document.querySelectorAll('figure.wp-block-embed')) {
      expect(figure.querySelector('iframe, a'), `an embed figure with only its caption: ${figure.outerHTML.slice(0, 160)}`).not.toBeNull();
    }
    expect(
      page.result.notes
        .filter((note) => note.element === 'iframe')
        .map((note) => note.message)
        .join(' '),
    ).toMatch(/\blink\b/i);
  });

  it('keeps an allowed YouTube embed with WordPress’s 16:9 aspect-ratio classes', async () => {
    const page = await convert('blocks', { allowEmbeds: ['www.youtube.com'] });
    const iframe = page.document.querySelector('iframe');
    expect(iframe?.getAttribute('src')).toMatch(/^https:\/\/www\.youtube\.com\/embed\//);
    const figure = iframe!.closest('figure')!;
    expect([...figure.classList]).toEqual(expect.arrayContaining(['wp-block-embed', 'wp-has-aspect-ratio', 'wp-embed-aspect-16-9']));
  });

  it('renders the button block’s link as a plain link with its text', async () => {
    const page = await live('blocks');
    const link = [...page.document.querySelectorAll('a')].find((anchor) => anchor.textContent === 'Find a pharmacy near you');
    expect(link?.getAttribute('href')).toMatch(/\/find-a-pharmacy\/$/);
    expect(link!.getAttribute('class'), 'an empty class attribute').not.toBe('');
  });
});

describe('the live classic-editor post', () => {
  it('keeps the [caption] figure’s image tied to its caption (aria-describedby)', async () => {
    const page = await live('classic');
    const figure = [...page.document.querySelectorAll('.mp-Article-TextColumn figure')].find(
      (candidate) => candidate.querySelector('img') && candidate.querySelector('figcaption'),
    );
    expect(figure, 'the captioned figure').toBeTruthy();
    const describedBy = figure!.getAttribute('aria-describedby') ?? figure!.querySelector('img')!.getAttribute('aria-describedby');
    expect(describedBy, 'aria-describedby').toBeTruthy();
    expect(page.document.getElementById(describedBy!)?.textContent).toBe(figure!.querySelector('figcaption')!.textContent);
  });
});

describe('the live post with a lazy-load plugin’s images', () => {
  it('shows the real image once, not the placeholder nor a copy from <noscript>', async () => {
    const page = await live('lazyload');
    // What the plugin wrote: a placeholder in src, the real address in data-src, and the real image in <noscript>.
    const wrote = page.post.content!.rendered!;
    const real = /\sdata-src="([^"]+)"/.exec(wrote)?.[1];
    expect(real).toMatch(/window-closed-1024x683\.jpg$/);
    const images = [...page.document.querySelectorAll('.mp-Article-TextColumn img')].map((image) => image.getAttribute('src'));
    expect(images).toEqual([real]);
  });
});

describe('the live post an administrator saved with hostile markup', () => {
  it('keeps the text after a <noscript> whose content breaks out, as a reader’s browser shows it', async () => {
    const page = await live('hostile');
    for (const text of [
      'The first paragraph of this section is ordinary text the administrator wrote.',
      'This paragraph comes after a noscript element and every reader’s browser shows it.',
      'The closing paragraph is also shown by every browser.',
    ]) {
      expect(page.text, text).toContain(text);
    }
    expect([...page.document.querySelectorAll('section h2')].map((heading) => heading.textContent)).toEqual(
      expect.arrayContaining(['A section after the payloads', 'The last section']),
    );
  });

  it('notes each removal', async () => {
    const page = await live('hostile');
    const removed = page.result.notes.filter((note) => note.kind === 'removed').map((note) => note.element);
    expect(removed).toEqual(expect.arrayContaining(['script', 'img onerror', 'a', 'a onclick', 'iframe']));
  });
});

describe('the live password-protected post', () => {
  it('shows none of its text and says, in a note, that WordPress sent none', async () => {
    const page = await live('protected');
    expect(page.wp.protected).toBe(true);
    expect(page.post.content?.protected).toBe(true);
    // WordPress's own page says "Protected: …"; the REST title has no prefix.
    expect(page.document.querySelector('h1')?.textContent).toBe(plainText(page.post.title!.rendered!));
    expect(page.text).not.toContain('review panel and must not be shown');
    expect(page.result.notes.some((note) => /password-protected/.test(note.message))).toBe(true);
  });

  it('logs no warning while it renders (the missing body is a converter note)', async () => {
    const page = await live('protected');
    expect(page.page.warnings).toEqual([]);
  });
});

describe('a site without pretty permalinks', () => {
  it('?rest_route= returns the same post, and medprose renders the same page from it', async () => {
    const { url } = wordpress();
    const page = await live('blocks');
    const viaRoute = await fetchPost(url, page.wp.id, { restRoute: true });
    expect(viaRoute.content).toEqual(page.post.content);
    expect(renderPage({ article: articleFromWordPress(viaRoute, { related: page.related }).article }).html).toBe(page.page.html);
  });
});
