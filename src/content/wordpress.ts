import type { ArticleData } from '../components/Article/Article.types';
import { isRecord } from '../internal/isRecord';
import type { RelatedPost } from '../components/RelatedPosts/RelatedPosts.types';
import type { ArticleImage } from '../internal/image/types';
import { safeHref } from '../internal/safeHref';
import { samePageAs } from '../internal/sameUrl';
import type { Element, Root } from 'hast';
import { hasClass, isElement, Notes, rewrite, textOf, walk } from './hast';
import { CITATION_TEXT } from './ids';
import { convertTree, emptyResult, parseHtml } from './pipeline';
import type { ContentResult, WordPressMedia, WordPressOptions, WordPressPost, WordPressTerm } from './types';

/**
 * A post as `/wp-json/wp/v2/posts?_embed` returns it → `{ article, notes }`.
 * See "WordPress REST quirks" in the README: `date_gmt` has no `Z`, titles
 * carry entities, `_embedded` parts may be missing or error objects.
 */

const rendered = (field: unknown): string | undefined =>
  isRecord(field) && typeof field.rendered === 'string' ? field.rendered : undefined;

/** Text from a rendered field: entities decoded (`&#8217;` → ’), tags dropped, by the HTML parser. */
export function plainText(html: string | undefined): string {
  if (html === undefined) return '';
  // No markup, entity, NUL or CR: the parser would return the text as it is (names, most titles).
  if (!/[<&\0\r]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  return textOf(parseHtml(html));
}

/** Links themes add to excerpts ("Continue reading", "Read more"), in English and Spanish. */
const MORE = /^(?:continue reading|read more|keep reading|more|seguir leyendo|leer más|sigue leyendo)\b/i;

/** The excerpt's text without "Continue reading" links, and whether WordPress cut it (` [&hellip;]` at the end). */
function excerptParts(html: string | undefined): { text: string; cut: boolean } {
  if (html === undefined) return { text: '', cut: false };
  const tree = parseHtml(html);
  rewrite(tree, (node) => {
    if (node.type !== 'element') return node;
    if (node.tagName === 'a' && (hasClass(node, 'more-link') || MORE.test(textOf(node)))) return null;
    if (hasClass(node, 'screen-reader-text')) return null;
    return node;
  });
  // Core appends " [&hellip;]" to a generated excerpt; the parser has already decoded it.
  const text = textOf(tree);
  const cut = /\s*\[(?:…|\.\.\.)\]$/u.exec(text);
  return cut ? { text: text.slice(0, cut.index).trim(), cut: true } : { text, cut: false };
}

/**
 * The excerpt as a standfirst: no "Continue reading" link, no `[…]`. An excerpt WordPress cut (at 55 words,
 * mid-sentence) gives way to the post's first paragraph, or to as many of its opening sentences as the excerpt
 * holds, when they fit: when they lie wholly inside the cut excerpt, so the standfirst is never longer than the
 * site's own. Otherwise it ends with "…", so it reads as cut. `content` is the post's body, parsed (or a function
 * that parses it, called only for a cut excerpt).
 */
export function excerptText(html: string | undefined, content?: Root | (() => Root | undefined)): string {
  const { text, cut } = excerptParts(html);
  if (!cut || text === '') return text;
  const body = typeof content === 'function' ? content() : content;
  return (body && completeOpening(text, body)) ?? `${text.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** Containers whose paragraphs do not open the post's text. */
const NOT_OPENING = new Set(['blockquote', 'figure', 'table', 'aside', 'nav', 'details', 'noscript', 'template', 'script', 'style']);
/** A sentence's end: ., ! ? or …, then closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
/** Abbreviations after which a full stop does not end a sentence (English and Spanish). */
const ABBREVIATION = /(?:^|\s)(?:dr|dra|mr|mrs|ms|prof|st|sr|sra|jr|no|fig|vs|approx|ca|etc|[a-z])\.$/iu;

/**
 * The first paragraph, or its opening sentences, when the cut excerpt holds them whole. Compared by their letters
 * only: WordPress's excerpt keeps a citation mark's digits ("healthy.1 From") that the standfirst leaves out.
 */
function completeOpening(excerpt: string, content: Root): string | undefined {
  const opening = firstParagraph(content);
  if (opening === undefined) return undefined;
  const holds = lettersIn(excerpt);
  if (holds.includes(lettersIn(opening))) return opening;
  let sentences = '';
  let found: string | undefined;
  for (const { segment } of sentenceSegmenter().segment(opening)) {
    sentences += segment;
    const candidate = sentences.trim();
    if (SENTENCE_END.test(candidate) && !ABBREVIATION.test(candidate)) {
      if (!holds.includes(lettersIn(candidate))) break;
      found = candidate;
    }
  }
  return found;
}

const lettersIn = (text: string) => text.replace(/[^\p{L}]+/gu, '');

let segmenter: Intl.Segmenter | undefined;
const sentenceSegmenter = () => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'sentence' }));

/** A `<sup>` that is a citation mark: a number, `[3]`, `1,2`. */
const isCitationMark = (node: Element) => node.tagName === 'sup' && CITATION_TEXT.test(textOf(node));

/** The text of the post's first paragraph that reads as prose (ends like a sentence, not a bold label), without citation marks. */
function firstParagraph(tree: Root): string | undefined {
  let found: string | undefined;
  walk(tree, (node) => {
    if (found !== undefined) return 'skip';
    if (node.type !== 'element') return undefined;
    if (NOT_OPENING.has(node.tagName)) return 'skip';
    if (node.tagName !== 'p') return undefined;
    const onlyBold = node.children.every(
      (child) => (child.type === 'text' && child.value.trim() === '') || isElement(child, 'strong', 'b'),
    );
    const text = onlyBold
      ? ''
      : textOf({ ...node, children: node.children.filter((child) => !(child.type === 'element' && isCitationMark(child))) });
    if (SENTENCE_END.test(text)) found = text.replace(/\s+([.,;:!?])/gu, '$1');
    return 'skip';
  });
  return found;
}

const WORDPRESS_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;
/** A REST time field (`2024-03-18T21:30:00`, no offset), as milliseconds if read in UTC. */
function wordpressTime(value: unknown): { text: string; ms: number } | undefined {
  if (typeof value !== 'string' || !WORDPRESS_TIME.test(value.trim())) return undefined;
  const text = value.trim();
  const ms = Date.parse(`${text}Z`);
  return Number.isNaN(ms) ? undefined : { text, ms };
}

/**
 * A post's time as the publisher's site shows it: the site-local time (`date`) with the offset that
 * `date` − `date_gmt` gives (`2024-03-18T21:30:00-04:00`), so the page shows the site's calendar day and
 * `<time dateTime>` and JSON-LD the exact instant. Each pair is read by itself: a post and its update can fall
 * either side of a change to summer time. Without the site-local time, the UTC instant (`…Z`); without the UTC
 * one, the site-local calendar day (its hour is right, but which instant is not known).
 */
function siteTime(local: unknown, gmt: unknown): { value: string; exact: 'offset' | 'utc' | 'day' } | undefined {
  const site = wordpressTime(local);
  const utc = wordpressTime(gmt);
  if (site && utc) {
    const minutes = Math.round((site.ms - utc.ms) / 60_000);
    // Real offsets run from −12:00 to +14:00; anything else is not a pair of the same instant.
    if (minutes >= -12 * 60 && minutes <= 14 * 60) return { value: `${site.text}${offsetText(minutes)}`, exact: 'offset' };
  }
  if (utc) return { value: `${utc.text}Z`, exact: 'utc' };
  if (site) return { value: site.text.slice(0, 10), exact: 'day' };
  return undefined;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const whole = Math.abs(minutes);
  return `${sign}${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

function embedded(post: WordPressPost): NonNullable<WordPressPost['_embedded']> {
  return isRecord(post._embedded) ? (post._embedded as NonNullable<WordPressPost['_embedded']>) : {};
}

function featuredImage(post: WordPressPost, notes: Notes | undefined): ArticleImage | undefined {
  const list = embedded(post)['wp:featuredmedia'];
  const media: WordPressMedia | undefined = Array.isArray(list) && isRecord(list[0]) ? list[0] : undefined;
  if (media === undefined) {
    if (typeof post.featured_media === 'number' && post.featured_media > 0) {
      notes?.add({
        kind: 'unrecognised',
        element: 'featured image',
        message: 'The post has a featured image but the response has no _embedded media: fetch it with ?_embed.',
      });
    }
    return undefined;
  }
  if (typeof media.code === 'string' || typeof media.source_url !== 'string') {
    notes?.add({
      kind: 'unrecognised',
      element: 'featured image',
      message: `The featured image could not be read${typeof media.code === 'string' ? ` (WordPress said ${media.code})` : ''}; the page shows its placeholder.`,
    });
    return undefined;
  }
  const src = safeHref(media.source_url);
  if (src === null) return undefined;
  const alt = typeof media.alt_text === 'string' ? plainText(media.alt_text) : '';
  if (alt === '') {
    notes?.add({
      kind: 'unrecognised',
      element: 'featured image',
      message:
        'The featured image has no alternative text in the media library; it is shown as decorative. Describe it there if it carries information.',
    });
  }
  const details = isRecord(media.media_details) ? media.media_details : {};
  const sizes = (isRecord(details.sizes) ? Object.values(details.sizes) : []).filter(
    (size): size is { source_url: string; width: number; height: number } =>
      isRecord(size) &&
      typeof size.source_url === 'string' &&
      positive(size.width) &&
      positive(size.height) &&
      safeHref(size.source_url) !== null,
  );
  const full = isRecord(details.sizes) && isRecord(details.sizes.full) ? details.sizes.full : {};
  const width = positive(details.width) ? details.width : positive(full.width) ? full.width : undefined;
  const height = positive(details.height) ? details.height : positive(full.height) ? full.height : undefined;
  // Only sizes of the original's shape: a browser picks by width alone, so a square 150×150 crop in the list
  // could fill a 16:9 hero. Without the original's size, no shape is known and no srcset is given.
  const candidates =
    width === undefined || height === undefined
      ? []
      : [
          ...new Map(
            sizes
              .filter((size) => sameShape(width, height, size.width, size.height))
              .map((size) => [size.width, `${size.source_url} ${size.width}w`] as const),
          ).entries(),
        ]
          .sort((a, b) => a[0] - b[0])
          .map(([, candidate]) => candidate);
  return {
    src,
    alt,
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined ? { height } : {}),
    ...(candidates.length > 1 ? { srcSet: candidates.join(', ') } : {}),
  };
}

const positive = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/**
 * WordPress's own test for a size in a srcset (`wp_image_matches_ratio`): the larger image scaled to the smaller's
 * width has its height within a pixel. Sub-sizes are rounded to whole pixels, so an exact ratio would drop them.
 */
export function sameShape(width: number, height: number, otherWidth: number, otherHeight: number): boolean {
  const [large, small] =
    width >= otherWidth
      ? [
          [width, height],
          [otherWidth, otherHeight],
        ]
      : [
          [otherWidth, otherHeight],
          [width, height],
        ];
  return Math.abs(Math.round((large[1]! * small[0]!) / large[0]!) - small[1]!) <= 1;
}

function firstCategory(post: WordPressPost): WordPressTerm | undefined {
  const groups = embedded(post)['wp:term'];
  if (!Array.isArray(groups)) return undefined;
  for (const group of groups) {
    if (!Array.isArray(group)) continue;
    const term = group.find((candidate) => isRecord(candidate) && (candidate.taxonomy === undefined || candidate.taxonomy === 'category'));
    if (term && typeof term.name === 'string') return term;
  }
  return undefined;
}

function relatedPost(post: WordPressPost): RelatedPost | undefined {
  const title = plainText(rendered(post.title));
  const href = typeof post.link === 'string' ? safeHref(post.link) : null;
  if (title === '' || href === null) return undefined;
  const content = rendered(post.content);
  // The body is parsed only if WordPress cut the excerpt; only its text is read, so it is not sanitised.
  const excerpt = excerptText(rendered(post.excerpt), () => (content === undefined ? undefined : parseHtml(content)));
  const image = featuredImage(post, undefined);
  const date = siteTime(post.date, post.date_gmt)?.value;
  const topic = firstCategory(post)?.name;
  return {
    title,
    href,
    ...(excerpt ? { excerpt } : {}),
    ...(image ? { image } : {}),
    ...(date ? { date } : {}),
    ...(topic ? { topic: plainText(topic) } : {}),
  };
}

export function articleFromWordPress(post: WordPressPost, options: WordPressOptions = {}): ContentResult {
  if (!isRecord(post)) {
    throw new TypeError(
      `articleFromWordPress: \`post\` must be a WordPress post object (from /wp-json/wp/v2/posts?_embed), got ${post === null ? 'null' : Array.isArray(post) ? 'an array' : typeof post}.`,
    );
  }
  const notes = new Notes();
  const { related, ...rest } = isRecord(options) ? options : ({} as WordPressOptions);

  const title = plainText(rendered(post.title));
  const url = typeof post.link === 'string' && safeHref(post.link) !== null ? post.link : undefined;
  const publishedTime = siteTime(post.date, post.date_gmt);
  const published = publishedTime?.value;
  if (publishedTime?.exact === 'day') {
    notes.add({
      kind: 'rewritten',
      element: 'date',
      message: 'The post has no date_gmt; its site-local date is shown as a calendar date.',
    });
  } else if (publishedTime?.exact === 'utc') {
    notes.add({
      kind: 'rewritten',
      element: 'date',
      message:
        'The post has no site-local date (or one that does not match date_gmt); the page shows the UTC day, which can differ from the day the site shows.',
    });
  }
  const modified = siteTime(post.modified, post.modified_gmt)?.value;
  // "Updated" on another day than the post, as the site counts days.
  const updated =
    modified !== undefined && published !== undefined && modified.slice(0, 10) !== published.slice(0, 10) ? modified : undefined;
  const authorList = embedded(post).author;
  const author =
    Array.isArray(authorList) && isRecord(authorList[0]) && typeof authorList[0].name === 'string' && authorList[0].code === undefined
      ? authorList[0]
      : undefined;
  const category = firstCategory(post);
  const image = featuredImage(post, notes);

  const isThisPost = url ? samePageAs(url) : null;
  const relatedPosts = (Array.isArray(related) ? related : [])
    .filter((candidate) => isRecord(candidate))
    .filter(
      (candidate) =>
        !(candidate.id !== undefined && candidate.id === post.id) &&
        !(isThisPost && typeof candidate.link === 'string' && isThisPost(candidate.link)),
    )
    .map(relatedPost)
    .filter((candidate): candidate is RelatedPost => candidate !== undefined);

  // The standfirst may come from the body's first paragraph (excerptText): read from the sanitised body.
  const fallback = (body?: Root): Partial<ArticleData> => {
    const summary = excerptText(rendered(post.excerpt), body);
    return {
      title,
      ...(url ? { url } : {}),
      ...(summary ? { summary } : {}),
      ...(category?.name
        ? {
            category: {
              label: plainText(category.name),
              ...(typeof category.link === 'string' && safeHref(category.link) ? { href: category.link } : {}),
            },
          }
        : {}),
      ...(image ? { image } : {}),
      ...(author
        ? {
            authors: {
              name: plainText(String(author.name)),
              ...(typeof author.link === 'string' && safeHref(author.link) ? { href: author.link } : {}),
            },
          }
        : {}),
      ...(published ? { published } : {}),
      ...(updated ? { updated } : {}),
      ...(relatedPosts.length > 0 ? { related: relatedPosts } : {}),
    };
  };

  const content = rendered(post.content);
  if (isRecord(post.content) && post.content.protected === true) {
    // Fetched with the password, WordPress does send the content; the page then shows it to every reader.
    notes.add(
      content === undefined || content.trim() === ''
        ? { kind: 'unrecognised', element: 'content', message: 'The post is password-protected; WordPress sends no content for it.' }
        : {
            kind: 'unrecognised',
            element: 'content',
            message:
              'The post is password-protected in WordPress, but its content was sent (fetched with the password): this page shows it to every reader.',
          },
    );
  }
  if (content === undefined || content.trim() === '') {
    const empty = emptyResult(rest, notes, 'The post has no content; the article has no body.');
    return { article: { ...empty.article, ...fallback(), ...overrides(rest) }, notes: notes.list };
  }
  return convertTree(parseHtml(content), rest, notes, fallback);
}

/** ArticleData fields given in the options win over the post's. */
function overrides(options: Omit<WordPressOptions, 'related'>): Partial<ArticleData> {
  const { locale: _l, linkComponent: _k, components: _c, allowEmbeds: _e, ...fields } = options;
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<ArticleData>;
}
