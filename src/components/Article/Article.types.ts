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
  /** "Medically reviewed by … on …": reviewer and date together, in the hero. */
  review?: MedicalReview;
  /** "Fact checked by …", at the foot with the review dates (its date left out when it is the day of the last review). */
  factCheck?: FactCheck;
  /** "Page last reviewed: …", at the foot of the page. */
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
  /**
   * The medical disclaimer at the foot: `general` by default; `urgent` adds crisis help. `false` for none. Its
   * `helplines` are the page's: the crisis help near the top lists them too.
   */
  disclaimer?: false | { variant?: 'general' | 'urgent'; helplines?: Helpline[] };
  /**
   * Crisis help near the top of the page, after the key takeaways ("If you need help now", what to do if a life is
   * in danger, the numbers as tap-to-call links): `true` shows it, `false` never (your page shows its own). By default
   * it is shown when the disclaimer is `urgent` or the text mentions suicide or self-harm (the editorial check's
   * words, in English and Spanish). Its numbers are the disclaimer's `helplines`, else medprose's table for
   * `Article`'s `country`.
   */
  crisisSupport?: boolean;
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
   * Where the reader is, when your server knows it for this request (ISO 3166-1 alpha-2, `GB`, `US`; `UK` also
   * works), for example from your CDN's country header. The crisis help and the urgent disclaimer list that
   * country's lines first; with no `helplines` in the article, they show medprose's numbers for it. Without it, the
   * region of a `locale` you pass (`en-GB`) only puts that country's lines first. See decision 0033.
   */
  country?: string | readonly string[];
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
