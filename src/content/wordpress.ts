import type { ArticleData } from '../components/Article/Article.types';
import { isRecord } from '../internal/isRecord';
import type { RelatedPost } from '../components/RelatedPosts/RelatedPosts.types';
import type { ArticleImage } from '../internal/image/types';
import { safeHref } from '../internal/safeHref';
import { samePageAs } from '../internal/sameUrl';
import { hasClass, Notes, rewrite, textOf } from './hast';
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

/** The excerpt as a standfirst: no "Continue reading" link, no `[…]`. */
export function excerptText(html: string | undefined): string {
  if (html === undefined) return '';
  const tree = parseHtml(html);
  rewrite(tree, (node) => {
    if (node.type !== 'element') return node;
    if (node.tagName === 'a' && (hasClass(node, 'more-link') || MORE.test(textOf(node)))) return null;
    if (hasClass(node, 'screen-reader-text')) return null;
    return node;
  });
  // Core appends " [&hellip;]" to a generated excerpt; the parser has already decoded it.
  return textOf(tree).replace(/\s*\[(?:…|\.\.\.)\]$/u, '').trim();
}

/** `date_gmt` is UTC written without an offset: add the `Z`. */
function utc(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/.test(value.trim())) return undefined;
  return `${value.trim()}Z`;
}

/** A site-local `date` (no offset) as a calendar date: the day is right even when the hour is not. */
const calendarDate = (value: unknown): string | undefined =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;

function embedded(post: WordPressPost): NonNullable<WordPressPost['_embedded']> {
  return isRecord(post._embedded) ? (post._embedded as NonNullable<WordPressPost['_embedded']>) : {};
}

function featuredImage(post: WordPressPost, notes: Notes | undefined): ArticleImage | undefined {
  const list = embedded(post)['wp:featuredmedia'];
  const media: WordPressMedia | undefined = Array.isArray(list) && isRecord(list[0]) ? list[0] : undefined;
  if (media === undefined) {
    if (typeof post.featured_media === 'number' && post.featured_media > 0) {
      notes?.add({ kind: 'unrecognised', element: 'featured image', message: 'The post has a featured image but the response has no _embedded media: fetch it with ?_embed.' });
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
    notes?.add({ kind: 'unrecognised', element: 'featured image', message: 'The featured image has no alternative text in the media library; it is shown as decorative. Describe it there if it carries information.' });
  }
  const details = isRecord(media.media_details) ? media.media_details : {};
  const sizes = isRecord(details.sizes) ? Object.values(details.sizes) : [];
  const candidates = [...new Map(
    sizes
      .filter((size): size is { source_url: string; width: number } => isRecord(size) && typeof size.source_url === 'string' && typeof size.width === 'number' && size.width > 0 && safeHref(size.source_url) !== null)
      .map((size) => [size.width, `${size.source_url} ${size.width}w`] as const),
  ).entries()].sort((a, b) => a[0] - b[0]).map(([, candidate]) => candidate);
  return {
    src,
    alt,
    ...(typeof details.width === 'number' && details.width > 0 ? { width: details.width } : {}),
    ...(typeof details.height === 'number' && details.height > 0 ? { height: details.height } : {}),
    ...(candidates.length > 1 ? { srcSet: candidates.join(', ') } : {}),
  };
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
  const excerpt = excerptText(rendered(post.excerpt));
  const image = featuredImage(post, undefined);
  const date = calendarDate(post.date) ?? calendarDate(post.date_gmt);
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
    throw new TypeError(`articleFromWordPress: \`post\` must be a WordPress post object (from /wp-json/wp/v2/posts?_embed), got ${post === null ? 'null' : Array.isArray(post) ? 'an array' : typeof post}.`);
  }
  const notes = new Notes();
  const { related, ...rest } = isRecord(options) ? options : ({} as WordPressOptions);

  const title = plainText(rendered(post.title));
  const url = typeof post.link === 'string' && safeHref(post.link) !== null ? post.link : undefined;
  const published = utc(post.date_gmt) ?? calendarDate(post.date);
  if (utc(post.date_gmt) === undefined && published !== undefined) {
    notes.add({ kind: 'rewritten', element: 'date', message: 'The post has no date_gmt; its site-local date is shown as a calendar date.' });
  }
  const modified = utc(post.modified_gmt);
  const updated = modified !== undefined && published !== undefined && modified.slice(0, 10) !== published.slice(0, 10) ? modified : undefined;
  const authorList = embedded(post).author;
  const author = Array.isArray(authorList) && isRecord(authorList[0]) && typeof authorList[0].name === 'string' && authorList[0].code === undefined ? authorList[0] : undefined;
  const category = firstCategory(post);
  const summary = excerptText(rendered(post.excerpt));
  const image = featuredImage(post, notes);

  const isThisPost = url ? samePageAs(url) : null;
  const relatedPosts = (Array.isArray(related) ? related : [])
    .filter((candidate) => isRecord(candidate))
    .filter((candidate) => !(candidate.id !== undefined && candidate.id === post.id) && !(isThisPost && typeof candidate.link === 'string' && isThisPost(candidate.link)))
    .map(relatedPost)
    .filter((candidate): candidate is RelatedPost => candidate !== undefined);

  const fallback: Partial<ArticleData> = {
    title,
    ...(url ? { url } : {}),
    ...(summary ? { summary } : {}),
    ...(category?.name ? { category: { label: plainText(category.name), ...(typeof category.link === 'string' && safeHref(category.link) ? { href: category.link } : {}) } } : {}),
    ...(image ? { image } : {}),
    ...(author ? { authors: { name: plainText(String(author.name)), ...(typeof author.link === 'string' && safeHref(author.link) ? { href: author.link } : {}) } } : {}),
    ...(published ? { published } : {}),
    ...(updated ? { updated } : {}),
    ...(relatedPosts.length > 0 ? { related: relatedPosts } : {}),
  };

  const content = rendered(post.content);
  if (isRecord(post.content) && post.content.protected === true) {
    // Fetched with the password, WordPress does send the content; the page then shows it to every reader.
    notes.add(
      content === undefined || content.trim() === ''
        ? { kind: 'unrecognised', element: 'content', message: 'The post is password-protected; WordPress sends no content for it.' }
        : { kind: 'unrecognised', element: 'content', message: 'The post is password-protected in WordPress, but its content was sent (fetched with the password): this page shows it to every reader.' },
    );
  }
  if (content === undefined || content.trim() === '') {
    const empty = emptyResult(rest, notes, 'The post has no content; the article has no body.');
    return { article: { ...empty.article, ...fallback, ...overrides(rest) }, notes: notes.list };
  }
  return convertTree(parseHtml(content), rest, notes, fallback);
}

/** ArticleData fields given in the options win over the post's. */
function overrides(options: Omit<WordPressOptions, 'related'>): Partial<ArticleData> {
  const { locale: _l, linkComponent: _k, components: _c, allowEmbeds: _e, ...fields } = options;
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<ArticleData>;
}
