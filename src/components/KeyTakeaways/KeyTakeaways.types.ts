import type { HTMLAttributes, ReactNode } from 'react';
import type { LocaleInput } from '../../locale/types';

/** Words the summary box shows, in English by default. */
export interface KeyTakeawaysLabels {
  /** The heading, unless the `heading` prop is given: "Key takeaways". */
  heading: string;
}

export interface KeyTakeawaysProps extends HTMLAttributes<HTMLElement> {
  /** The points, one list item each: a short sentence is best. */
  items?: ReactNode[];
  /** More content after the list, or the whole summary when there are no `items`. */
  children?: ReactNode;
  /** The heading. Default the locale's ("Key takeaways"). */
  heading?: ReactNode;
  /** Level of the heading (2 to 6). Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * The language: a locale object (`en`, `es` or your own) for the words.
   * Default English.
   */
  locale?: LocaleInput;
  /** Override any of the words, in any locale. */
  labels?: Partial<KeyTakeawaysLabels>;
}
