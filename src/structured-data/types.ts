import type { DateInput } from '../internal/dates';
import type { Person } from '../internal/person';

export type { DateInput, Person };

/** An image by URL, or an object with `src` (an `ArticleImage` works as it is). */
export type StructuredImage = string | { src: string };

/** What the article is about: a condition's name, with optional `sameAs` links (Wikipedia, MeSH, ...). */
export type StructuredTopic = string | { name: string; sameAs?: string | string[] };

/** One step of the breadcrumb trail the page shows; the last (this page) may have no `href`. */
export interface StructuredBreadcrumb {
  name: string;
  href?: string;
}

/** A question the page shows with its answer as plain text. */
export interface StructuredFaqItem {
  /**
   * The question's anchor id on the page. Default: the same rule as
   * `FaqAccordion` (given ids first, then a slug of the question), so the same
   * items give the same anchors.
   */
  id?: string;
  question: string;
  /** The answer as plain text, as the page shows it. */
  answerText: string;
}

/** Who publishes the page. */
export interface StructuredPublisher {
  name: string;
  /** The publisher's home page. */
  href?: string;
  /** URL of the logo image. */
  logo?: string;
}

/**
 * The facts of an article page for its structured data, flat and close to the
 * components' props (`author` and `reviewer` are the hero's `Person`s).
 *
 * Mirror the page: give only what the page shows, because search engines
 * treat markup of invisible content as spam. Relative URLs (`/authors/a`) are
 * resolved against `url`; `javascript:` and `data:` URLs are left out.
 */
export interface StructuredArticleInput {
  /** The page's absolute canonical URL (`https://…`). Every node's `@id` is built from it. */
  url: string;
  /** The title, as the page's `h1` shows it. */
  headline: string;
  /** The standfirst or summary the page shows. */
  description?: string;
  /** The lead image(s). */
  image?: StructuredImage | StructuredImage[];
  /** The author(s) named in the byline. */
  author?: Person | Person[];
  /** The clinician(s) shown as "Medically reviewed by". */
  reviewer?: Person | Person[];
  /** The date of the medical review the page shows. */
  lastReviewed?: DateInput;
  /** First publication date the page shows. */
  published?: DateInput;
  /** Last update date the page shows. */
  updated?: DateInput;
  /** The condition(s) the page is about. */
  about?: StructuredTopic | StructuredTopic[];
  /** Who the page is written for. */
  audience?: 'patient' | 'clinician';
  /** The breadcrumb trail the page shows, from the home page to this page. */
  breadcrumbs?: StructuredBreadcrumb[];
  /** The questions and answers the page shows; marked up only with `{ faq: true }`. */
  faq?: StructuredFaqItem[];
  publisher?: StructuredPublisher;
  /** The page's language, a BCP 47 tag: `en-US`, `es`. */
  language?: string;
}

export interface BuildArticleGraphOptions {
  /**
   * Add a `FAQPage` node for `input.faq`. Off by default: Google stopped
   * showing FAQ rich results in 2026; the type remains valid schema.org.
   */
  faq?: boolean;
}
