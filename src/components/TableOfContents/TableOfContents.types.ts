import type { HTMLAttributes } from 'react';
import type { LocaleInput } from '../../locale/types';

/** One entry: a link to the element with this id on the page. */
export interface TocItem {
  /** The id of the section or heading (without `#`), for example from `createSlugger`. */
  id: string;
  /** The link text, usually the section's heading. */
  label: string;
  /** `2` for a section (default), `3` for a subsection, listed under the section before it. */
  level?: 2 | 3;
}

/** Words the table of contents shows, in English by default. */
export interface TableOfContentsLabels {
  /** Its name and visible title: "On this page". */
  heading: string;
}

export interface TableOfContentsProps extends HTMLAttributes<HTMLElement> {
  /** The article's sections, in page order. An empty list renders nothing. */
  items: TocItem[];
  /**
   * A native disclosure (`<details>`) the reader can fold away, which works
   * without JavaScript. Default `true`. With `false` the title is a heading
   * and the list always shows: for a sidebar beside the text.
   */
  collapsible?: boolean;
  /** Whether the disclosure starts open. Default `true`. */
  defaultOpen?: boolean;
  /**
   * Stay in view while the text scrolls, on wide and tall enough screens only
   * (never on phones or at high zoom, where it would cover the text). Put the
   * table of contents in a column beside the text for this to take effect.
   */
  sticky?: boolean;
  /** Level of the title when `collapsible` is `false` (2 to 6). Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * The language: a locale object (`en`, `es` or your own) for the words.
   * Default English.
   */
  locale?: LocaleInput;
  /** Override any of the words, in any locale. */
  labels?: Partial<TableOfContentsLabels>;
}
