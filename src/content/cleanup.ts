import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { hasClass, idOf, isElement, type Notes, rewrite, textOf } from './hast';
import { parseHtml } from './parse';

/**
 * Plugin noise that is not the author's text: table-of-contents boxes (the
 * page draws its own), leaked shortcodes, page breaks, HTML comments and empty
 * paragraphs. Each removal is noted. Runs before the hostile-markup pass, on
 * the parsed tree.
 */

/** Table-of-contents plugin boxes: Easy Table of Contents, Rank Math, LuckyWP, Table of Contents Plus. */
function isTocBox(node: Element): string | undefined {
  if (node.properties.id === 'ez-toc-container' || hasClass(node, /^ez-toc-v/)) return 'Easy Table of Contents';
  if (hasClass(node, 'wp-block-rank-math-toc-block')) return 'Rank Math';
  if (hasClass(node, 'lwptoc')) return 'LuckyWP Table of Contents';
  if (node.properties.id === 'toc_container') return 'Table of Contents Plus';
  return undefined;
}

/** Known shortcode names worth removing even without attributes (`[gallery]`). */
const BARE_SHORTCODES = new Set([
  'caption',
  'gallery',
  'embed',
  'audio',
  'video',
  'playlist',
  'toc',
  'ez-toc',
  'cta',
  'button',
  'ad',
  'ads',
  'adsense',
  'contact-form-7',
  'wpforms',
  'newsletter',
  'mailchimp',
  'related',
  'related_posts',
  'shortcode',
  'su_note',
  'su_box',
  'et_pb_section',
]);

/**
 * A shortcode as WordPress writes one: `[name attr="…"]`, `[/name]`, or a known
 * bare `[name]`. `[1]`, `[sic]` and `[citation needed]` are the author's text
 * and stay.
 */
const SHORTCODE = /\[(\/?)([a-z][\w-]*)((?:\s+[\w-]+\s*=\s*(?:"[^"\]]*"|'[^'\]]*'|[^\s\]]+))*)\s*(\/?)\]/gi;

function removeShortcodes(text: Text, notes: Notes): Text | null {
  // Most text has no bracket at all: skip the regular expression there.
  if (!text.value.includes('[')) return text;
  let changed = false;
  const value = text.value.replace(SHORTCODE, (match, closing: string, name: string, attributes: string) => {
    if (closing === '' && attributes.trim() === '' && !BARE_SHORTCODES.has(name.toLowerCase())) return match;
    changed = true;
    notes.add({
      kind: 'removed',
      element: 'shortcode',
      message: `The shortcode ${match.slice(0, 60)} removed: a plugin did not render it, so readers would see it as text.`,
      source: match.slice(0, 80),
    });
    return '';
  });
  if (!changed) return text;
  return value === '' ? null : { ...text, value };
}

const INVISIBLE = /^[\s\u00a0\u200b]*$/;

/** A paragraph with no text and nothing visible: whitespace, `&nbsp;`, `<br>`. */
function isEmptyParagraph(node: Element): boolean {
  return (
    node.tagName === 'p' &&
    idOf(node) === undefined &&
    node.children.every(
      (child) => (child.type === 'text' && INVISIBLE.test(child.value)) || isElement(child, 'br') || child.type === 'comment',
    )
  );
}

export interface Cleanup {
  /** Anchor ids moved from a TOC plugin's span onto its heading, or aliases of a heading's own id. */
  aliases: Map<string, string>;
}

export function removePluginNoise(tree: Root, notes: Notes): Cleanup {
  const aliases = new Map<string, string>();
  let comments = 0;
  let empty = 0;
  const lazy = { count: 0 };
  tree.children = lazyImages(tree.children, lazy);

  // One walk: each node is judged on the way down; an empty paragraph on the
  // way up, once the shortcodes inside it went (one that held only a shortcode is now empty).
  rewrite(
    tree,
    (node) => {
      if (node.type === 'comment') {
        if (/^\s*nextpage\s*$/i.test(node.value)) {
          notes.add(
            { kind: 'removed', element: 'nextpage', message: 'A <!--nextpage--> page break removed: the article is shown on one page.' },
            'nextpage',
          );
        } else if (!/^\s*\/?wp:/.test(node.value)) comments += 1;
        return null;
      }
      if (node.type === 'text') return removeShortcodes(node, notes);
      if (node.type !== 'element') return node;

      const toc = isTocBox(node);
      if (toc) {
        notes.add({
          kind: 'removed',
          element: 'table of contents',
          message: `The ${toc} box removed: the article shows its own "On this page" list.`,
        });
        return null;
      }
      if (/^h[1-6]$/.test(node.tagName)) moveTocAnchors(node, aliases);
      const children = lazyImages(node.children, lazy);
      if (children !== node.children) node.children = children;
      return node;
    },
    (node) => {
      if (node.tagName === 'p' && isEmptyParagraph(node)) {
        empty += 1;
        return false;
      }
      return true;
    },
  );

  if (comments > 0) {
    notes.add({ kind: 'removed', element: 'comment', message: `${comments} HTML comment(s) removed: they are not shown to readers.` });
  }
  if (empty > 0) notes.add({ kind: 'removed', element: 'p', message: `${empty} empty paragraph(s) removed.` });
  if (lazy.count > 0) {
    notes.add({
      kind: 'rewritten',
      element: 'img',
      message: `${lazy.count} lazy-loaded image(s) (a placeholder with data-src, or a <noscript> copy) became ordinary images; the page loads images lazily itself.`,
    });
  }
  return { aliases };
}

// ---------------------------------------------------------------------------
// Lazy-load plugins: `<img src="placeholder" data-src="real.jpg"><noscript><img src="real.jpg"></noscript>`.
// A reader's browser runs the plugin's script and shows the real image once; here no script runs, and the
// `<noscript>` (which browsers with JavaScript ignore) is removed with its content, so the real image is taken
// from the data attributes, or from the `<noscript>` copy.

const LAZY_SOURCE = ['dataSrc', 'dataLazySrc', 'dataOriginal'];
const LAZY_SRCSET = ['dataSrcset', 'dataLazySrcset'];

const stringProperty = (node: Element, names: string[]): string | undefined => {
  for (const name of names) {
    const value = node.properties[name];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
};

/** An image a lazy-load plugin rewrote: the real source in a data attribute, or a placeholder in `src`. */
const isLazyImage = (node: Element): boolean =>
  node.tagName === 'img' &&
  (stringProperty(node, LAZY_SOURCE) !== undefined ||
    hasClass(node, /lazy/i) ||
    (typeof node.properties.src === 'string' && /^\s*data:/i.test(node.properties.src)));

/** The markup inside a `<noscript>`: raw text when parsed as a browser with JavaScript does (parse.ts), else elements. */
export function noscriptContent(node: Element): ElementContent[] {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  return only?.type === 'text' ? (parseHtml(only.value).children as ElementContent[]) : node.children;
}

/** The one image a `<noscript>` holds (nothing else but whitespace), if that is all it holds. */
function noscriptImage(node: Element): Element | undefined {
  const content = noscriptContent(node).filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return content.length === 1 && isElement(content[0], 'img') ? content[0] : undefined;
}

/** The same list with each lazy image made real and its `<noscript>` copy merged into it; the list itself when none. */
function lazyImages<Child extends RootContent>(children: Child[], lazy: { count: number }): Child[] {
  let next: Child[] | undefined;
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    if (child.type !== 'element' || child.tagName !== 'img' || !isLazyImage(child)) {
      next?.push(child);
      continue;
    }
    next ??= children.slice(0, index);
    let after = index + 1;
    while (after < children.length && children[after]!.type === 'text' && (children[after] as Text).value.trim() === '') after += 1;
    const twin = children[after];
    const copy = isElement(twin, 'noscript') ? noscriptImage(twin) : undefined;
    if (copy) {
      // The site's own markup for the real image; the alt text from whichever of the two has one.
      if (typeof copy.properties.alt !== 'string' && typeof child.properties.alt === 'string') copy.properties.alt = child.properties.alt;
      lazy.count += 1;
      next.push(copy as Child);
      index = after; // the <noscript> is merged, not removed with a note
      continue;
    }
    const source = stringProperty(child, LAZY_SOURCE);
    const srcSet = stringProperty(child, LAZY_SRCSET);
    if (source !== undefined) child.properties.src = source;
    if (srcSet !== undefined) child.properties.srcSet = srcSet;
    if (typeof child.properties.dataSizes === 'string' && child.properties.dataSizes.trim() !== 'auto')
      child.properties.sizes = child.properties.dataSizes;
    if (source !== undefined || srcSet !== undefined) lazy.count += 1;
    next.push(child);
  }
  return next ?? children;
}

/**
 * Easy Table of Contents puts its anchors in empty spans inside headings
 * (`<h2><span class="ez-toc-section" id="Risks"></span>Risks</h2>`): the id
 * moves onto the heading so old `#Risks` links still land; if the heading
 * already has an id, links to the span's are pointed at it.
 */
function moveTocAnchors(heading: Element, aliases: Map<string, string>): void {
  const kept: ElementContent[] = [];
  for (const child of heading.children) {
    if (isElement(child, 'span') && (hasClass(child, 'ez-toc-section') || hasClass(child, 'ez-toc-section-end')) && textOf(child) === '') {
      const id = idOf(child);
      if (id !== undefined) {
        const own = idOf(heading);
        if (own === undefined) heading.properties.id = id;
        else if (own !== id) aliases.set(id, own);
      }
      continue;
    }
    kept.push(child);
  }
  heading.children = kept;
}
