import type { HTMLAttributes, ReactNode } from 'react';
import type { LocaleInput } from '../../locale/types';

/** Words the section shows, in English by default. */
export interface ArticleSectionLabels {
  /** The permalink's accessible name: `(heading) => "Link to section: …"`. */
  permalink: (heading: string) => string;
}

export interface ArticleSectionProps extends HTMLAttributes<HTMLElement> {
  /** The section's heading text. */
  heading: string;
  /**
   * The anchor id. By default a slug of the heading. When two sections could
   * share a heading, pass ids (see `createSlugger`) so each stays unique.
   */
  id?: string;
  /** `2` for a top-level section (default), `3` for a subsection. */
  level?: 2 | 3;
  /** Show a "#" link to the section after the heading. Default `true`. */
  permalink?: boolean;
  /**
   * The language: a locale object (`en`, `es` or your own) for the words and
   * dates, or a BCP 47 tag for dates and numbers only. Default English, `en-US`.
   */
  locale?: LocaleInput;
  /** Override any of the words, in any locale. */
  labels?: Partial<ArticleSectionLabels>;
  /** Body prose: paragraphs, lists, figures. */
  children?: ReactNode;
}
