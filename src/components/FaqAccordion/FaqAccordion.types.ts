import type { HTMLAttributes, ReactNode } from 'react';
import type { LocaleInput } from '../../locale/types';

export interface FaqItem {
  /**
   * The question's anchor id: `#id` links open it. By default a slug of the
   * question, made unique within the FAQ.
   */
  id?: string;
  /** The question, shown as the toggle's text and heading. */
  question: string;
  /** The answer: text or rich content. Always in the server HTML. */
  answer: ReactNode;
}

/** Words the FAQ shows, in English by default. */
export interface FaqAccordionLabels {
  /** The section heading, unless the `heading` prop is given. */
  heading: string;
  /** The control that opens every answer. */
  showAll: string;
  /** The control that closes every answer. */
  hideAll: string;
  /** Shown in place of a missing question, so its answer is not lost. */
  untitledQuestion: string;
}

export interface FaqAccordionProps extends Omit<HTMLAttributes<HTMLElement>, 'defaultValue' | 'dir'> {
  /** The questions and answers. An empty list renders nothing (and warns in development). */
  items: FaqItem[];
  /** Section heading. Default the locale's ("Frequently asked questions"); `null` or `''` for none. */
  heading?: ReactNode;
  /** Level of the section heading (2 to 6, default 2). Questions are one level below it. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** `multiple` (default): any number open. `single`: opening one closes the other. */
  type?: 'single' | 'multiple';
  /** Ids of the items open at first. */
  defaultOpen?: string | string[];
  /** Print every answer, without the toggles. Default `true`. */
  expandOnPrint?: boolean;
  /** Show the "Show all / Hide all" control (`multiple` only). Default `true`. */
  showAllControl?: boolean;
  /**
   * The language: a locale object (`en`, `es` or your own) for the words (the
   * FAQ shows no dates). Default English, `en-US`.
   */
  locale?: LocaleInput;
  /** Override any of the words, in any locale. */
  labels?: Partial<FaqAccordionLabels>;
  /**
   * Remember which questions the reader opened, and open them again when the
   * reader comes back to the page in the same tab (sessionStorage, keyed by
   * the page's path and the FAQ's `id`; give each FAQ on a page its own `id`).
   * Restored after hydration, so the server HTML never depends on it; where
   * storage is unavailable nothing is remembered. Default `false`.
   */
  rememberOpen?: boolean;
  /** Called with the ids of the open items whenever they change. */
  onOpenChange?: (openIds: string[]) => void;
  /**
   * Render the FAQ ready for `hydrateIslands()` from `medprose/islands`, in a
   * host that renders React to static HTML and hydrates nothing itself (Astro):
   * its options, ids and questions are written into the page beside it, and the
   * browser hydrates it where it stands, taking the answers from the page. Only
   * plain values (text, numbers, booleans) reach the browser; `onOpenChange` is
   * not called. Default `false`: where React hydrates the page, leave it off.
   */
  island?: boolean;
}
