import type { HTMLAttributes, ReactNode } from 'react';

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
  /** The permalink's accessible name: `(heading) => "Link to section: …"`. */
  permalinkLabel?: (heading: string) => string;
  /** Body prose: paragraphs, lists, figures. */
  children?: ReactNode;
}
