import type { HTMLAttributes, ReactElement, ReactNode } from 'react';
import type { DateInput } from '../../internal/dates';
import type { ArticleImage } from '../../internal/image/types';
import type { LinkComponent } from '../../internal/link';
import type { Person } from '../../internal/person';
import type { LocaleInput } from '../../locale/types';
import type { ArticleHeroProps } from '../ArticleHero/ArticleHero.types';
import type { FaqItem } from '../FaqAccordion/FaqAccordion.types';
import type { Helpline } from '../MedicalDisclaimer/MedicalDisclaimer.types';
import type { Reference } from '../References/References.types';
import type { RelatedPost } from '../RelatedPosts/RelatedPosts.types';
import type { FactCheck, MedicalReview } from '../ReviewByline/ReviewByline.types';
import type { StructuredPublisher, StructuredTopic } from '../../structured-data/types';

/** What `Article` adds to its JSON-LD beyond what it renders. */
export interface ArticleStructuredDataOptions {
  /** Add a `FAQPage` for the questions (their answers as plain text). Default `false`. */
  faq?: boolean;
  /** The condition or topic the page is about (`MedicalWebPage.about`). */
  about?: StructuredTopic | StructuredTopic[];
  /** Who the page is written for (`medicalAudience`). */
  audience?: 'patient' | 'clinician';
  publisher?: StructuredPublisher;
}

/** Puts a numbered citation mark in the text: `cite('nice-ng116')` or `cite(['a', 'b'])`. */
export type CiteMark = (id: string | string[]) => ReactElement;

/**
 * Body content: rich content, a list of paragraphs, or a function that is given
 * `cite` and returns content with citation marks in it.
 */
export type ArticleBody = ReactNode | string[] | ((tools: { cite: CiteMark }) => ReactNode);

/** One titled section of the article. */
export interface ArticleSectionContent {
  /** Anchor id; by default a slug of the heading, unique on the page. */
  id?: string;
  heading: string;
  /** `2` (default) for a section, `3` for a subsection of the one before. */
  level?: 2 | 3;
  body: ArticleBody;
}

/**
 * A whole health article as data: everything `Article` renders, and what
 * structured data is built from. Only `title` and `sections` are required.
 */
export interface ArticleData {
  /** The page's canonical URL (or path). Left out of the related list; the JSON-LD `@id` when absolute. */
  url?: string;
  title: string;
  /** The standfirst under the title. */
  summary?: ReactNode;
  category?: ArticleHeroProps['category'];
  image?: ArticleImage;
  authors?: Person | Person[];
  published?: DateInput;
  updated?: DateInput;
  readingMinutes?: number;
  /** "Medically reviewed by … on …": reviewer and date together. */
  review?: MedicalReview;
  factCheck?: FactCheck;
  /** "Page last reviewed: …". */
  lastReviewed?: DateInput;
  /** "Next review due: …". */
  nextReviewDue?: DateInput;
  /** The few points a reader should leave with, shown near the top. */
  keyTakeaways?: ReactNode[];
  /** Paragraphs before the first section. */
  intro?: ArticleBody;
  sections: ArticleSectionContent[];
  faq?: { heading?: string; items: FaqItem[] };
  /** The closing section, after the FAQ. */
  conclusion?: ArticleSectionContent;
  /** Sources, numbered in the order the text first cites them. */
  references?: Reference[];
  /** The medical disclaimer: `general` by default; `urgent` adds crisis help. `false` for none. */
  disclaimer?: false | { variant?: 'general' | 'urgent'; helplines?: Helpline[] };
  related?: RelatedPost[];
}

export interface ArticleProps extends HTMLAttributes<HTMLDivElement> {
  article: ArticleData;
  /**
   * The language of the page and every part of it: a locale object (`en`, `es`
   * or your own) or a BCP 47 tag for formats only. Sets `lang` and `dir`.
   */
  locale?: LocaleInput;
  /** Router link for every internal link, for example Next.js `Link`. */
  linkComponent?: LinkComponent;
  /** Show "On this page". Default: when the article has three or more sections. */
  contents?: boolean;
  /**
   * Write schema.org JSON-LD for what the page shows (`buildArticleGraph`
   * through `JsonLd`). On by default when `article.url` is an absolute http(s)
   * URL; `false` turns it off; an object adds options.
   */
  structuredData?: boolean | ArticleStructuredDataOptions;
  /**
   * For hosts that render React to static HTML and hydrate nothing themselves
   * (Astro): the FAQ is rendered as an island (`FaqAccordion`'s `island`) that
   * `hydrateIslands()` from `medprose/islands` makes interactive where it stands.
   * Default `false`.
   */
  islands?: boolean;
}
