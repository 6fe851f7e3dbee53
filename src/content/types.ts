import type { ComponentType } from 'react';
import type { ArticleData } from '../components/Article/Article.types';
import type { LinkComponent } from '../internal/link';
import type { LocaleInput } from '../locale/types';

/** Something the converter removed, did not recognise or rewrote, so an editor can fix the source. */
export interface ContentNote {
  kind: 'removed' | 'unrecognised' | 'rewritten';
  /** One sentence for an editor: what happened and why. */
  message: string;
  /** The element or attribute concerned, for example `script`, `onerror`, `href`. */
  element?: string;
  /** A short excerpt of the source (at most 80 characters), to find it in the editor. */
  source?: string;
  /** How many times the same thing happened, when more than once. */
  count?: number;
}

export interface ContentResult {
  /** Ready for `<Article article={…} />`: always valid, possibly empty. */
  article: ArticleData;
  /** Every removal, rewrite and unrecognised part, in source order. */
  notes: ContentNote[];
}

/**
 * A map from an element name to the component that renders it, as Portable
 * Text and Contentful's renderers take: `{ img: MyImage, a: MyLink }`. The
 * component gets the element's (sanitised) attributes as React props and its
 * content as `children`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ContentComponents = Partial<Record<string, ComponentType<any>>>;

/**
 * Options for every converter. Any `ArticleData` field given here overrides
 * what the content says (or adds what it cannot say: reviewer, dates,
 * disclaimer usually live in theme fields, not in the body).
 */
export interface ContentOptions extends Partial<ArticleData> {
  /**
   * The page's language: a locale object (`en`, `es` or your own). It decides
   * the words the converter adds (the heading of a heading-less conclusion)
   * and adds its FAQ, references and key-takeaway headings to the words it
   * recognises. Pass the same one to `Article`.
   */
  locale?: LocaleInput;
  /** Router link for internal links in the content (same host as `url`, or relative). */
  linkComponent?: LinkComponent;
  /** Your components for elements of the content: `{ img: MyImage, a: MyLink }`. */
  components?: ContentComponents;
  /**
   * Host names whose iframes may stay, for example `['www.youtube-nocookie.com']`.
   * None by default: every iframe is removed, with a note.
   */
  allowEmbeds?: string[];
}

interface Rendered {
  rendered?: string;
}

interface WordPressError {
  code?: string;
  message?: string;
}

/** An image from `_embedded['wp:featuredmedia']`. Only the fields used. */
export interface WordPressMedia extends WordPressError {
  source_url?: string;
  alt_text?: string;
  media_details?: {
    width?: number;
    height?: number;
    sizes?: Record<string, { source_url?: string; width?: number; height?: number } | undefined>;
  };
}

/** A term from `_embedded['wp:term']`. Only the fields used. */
export interface WordPressTerm {
  name?: string;
  link?: string;
  taxonomy?: string;
}

/** An author from `_embedded.author`. Only the fields used. */
export interface WordPressAuthor extends WordPressError {
  name?: string;
  link?: string;
}

/**
 * A post as `/wp-json/wp/v2/posts?_embed` returns it, with only the fields the
 * converter reads. Every field may be missing.
 */
export interface WordPressPost {
  id?: number;
  /** Site-local time with no offset; with `date_gmt` it gives the site's offset (`2024-03-18T21:30:00-04:00`). */
  date?: string;
  /** UTC, written without a `Z`. */
  date_gmt?: string;
  /** Site-local time of the last edit; with `modified_gmt`, as `date` with `date_gmt`. */
  modified?: string;
  modified_gmt?: string;
  link?: string;
  title?: Rendered;
  content?: Rendered & { protected?: boolean };
  excerpt?: Rendered;
  featured_media?: number;
  _embedded?: {
    author?: WordPressAuthor[];
    'wp:featuredmedia'?: WordPressMedia[];
    'wp:term'?: WordPressTerm[][];
  };
}

export type WordPressOptions = Omit<ContentOptions, 'related'> & {
  /** Posts to list as related articles (for example from `?include=` or a related-posts plugin). The article itself is left out. */
  related?: WordPressPost[];
};
