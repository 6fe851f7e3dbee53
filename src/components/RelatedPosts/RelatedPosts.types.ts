import type { HTMLAttributes, ReactNode } from 'react';
import type { DateInput } from '../../internal/dates';
import type { ArticleImage } from '../../internal/image/types';
import type { LinkComponent, LinkComponentProps } from '../../internal/link';
import type { LocaleInput } from '../../locale/types';

export type { LinkComponent, LinkComponentProps };

export interface RelatedPost {
  title: string;
  href: string;
  /** Card image: lazy-loaded, with reserved space. When no post has one, cards have no media area; when some do, the others get a same-size placeholder. */
  image?: ArticleImage;
  /** One sentence about the article. */
  excerpt?: ReactNode;
  /** Publication or review date. */
  date?: DateInput;
  /** Topic label, for example "Anxiety". */
  topic?: string;
}

/** Words the list shows, in English by default. */
export interface RelatedPostsLabels {
  /** The section heading, unless the `heading` prop is given. */
  heading: string;
}

export interface RelatedPostsProps extends HTMLAttributes<HTMLElement> {
  posts: RelatedPost[];
  /** Section heading. Default the locale's ("Related articles"). */
  heading?: string;
  /** Level of the section heading (cards use the next level). Default 2. */
  headingLevel?: 2 | 3 | 4 | 5;
  /** The page being read: a post with this href is left out of the list. */
  currentHref?: string;
  /** Router link for the cards, for example Next.js `Link`. A plain `<a>` otherwise. */
  linkComponent?: LinkComponent;
  /**
   * The language: a locale object (`en`, `es` or your own) for the words and
   * dates, or a BCP 47 tag for dates and numbers only. Default English, `en-US`.
   */
  locale?: LocaleInput;
  /** Override any of the words, in any locale. */
  labels?: Partial<RelatedPostsLabels>;
}
