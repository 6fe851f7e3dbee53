import type { HTMLAttributes, ReactNode } from 'react';
import type { DateInput } from '../../internal/dates';
import type { ArticleImage } from '../../internal/image/types';
import type { LinkComponent } from '../../internal/link';
import type { Person } from '../../internal/person';
import type { LocaleInput } from '../../locale/types';

export type { ArticleImage, DateInput, LinkComponent, Person };

/** Words the hero shows around the data, in English by default. */
export interface ArticleHeroLabels {
  /** Before the author names: "By". */
  by: string;
  /** Before the reviewer: "Medically reviewed by". */
  reviewedBy: string;
  /** Between the reviewer and the day of the review: "on". */
  on: string;
  /** Before the first publication date: "Published". */
  published: string;
  /** Before the last update date: "Updated". */
  updated: string;
  /**
   * The reading time: `(minutes) => "8 min read"`. `minutes` is already written
   * in the locale's digits; `count` is the number, for plural rules.
   */
  readingTime: (minutes: string, count: number) => string;
}

export interface ArticleHeroProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** The article's title: the page's one `h1`. */
  title: string;
  /** The standfirst: one or two sentences under the title. */
  summary?: ReactNode;
  /**
   * The lead image. Without one the hero is text only; an image that fails to
   * load is replaced by the designed placeholder in its reserved space.
   */
  image?: ArticleImage;
  /** Show the designed placeholder band when there is no `image` (a publisher's branded look). Default `false`. */
  placeholder?: boolean;
  /** The section or topic above the title; a link when `href` is given. */
  category?: string | { label: string; href?: string };
  /** One or more authors. */
  author?: Person | Person[];
  /** The clinician (or clinicians) who reviewed the article: "Medically reviewed by …". */
  reviewer?: Person | Person[];
  /** The day of the medical review, shown after the reviewer: "… on {date}". */
  reviewed?: DateInput;
  /** First publication date (ISO string or Date). */
  published?: DateInput;
  /** Last substantive update (ISO string or Date). */
  updated?: DateInput;
  /** Estimated reading time in whole minutes. */
  readingMinutes?: number;
  /**
   * The language: a locale object (`en`, `es` or your own) for the words and
   * dates, or a BCP 47 tag for dates and numbers only. Default English, `en-US`.
   */
  locale?: LocaleInput;
  /** Router link for category and profile links, for example Next.js `Link`. */
  linkComponent?: LinkComponent;
  /** Override any of the words, in any locale. */
  labels?: Partial<ArticleHeroLabels>;
}
