import type { HTMLAttributes, ReactNode } from 'react';
import type { DateInput } from '../../internal/dates';
import type { LocaleInput } from '../../locale/types';
import type { Citations } from './createCitations';

export type { Citations, DateInput };

/** A source the article relies on. Give what the source has; only `id` and `title` are needed. */
export interface Reference {
  /** Your key for the source, used by `<Cite id>`; the entry's anchor is `ref-{id}`. */
  id: string;
  /** Authors as they should be printed, for example `["Smith J", "Lee A"]` or an organisation. */
  authors?: string | string[];
  title: string;
  /** The journal an article appeared in. */
  journal?: string;
  /** The publisher or organisation, for a book, guideline or web page. */
  publisher?: string;
  year?: number | string;
  /** Digital Object Identifier, `10.xxxx/…` (a `https://doi.org/` or `doi:` prefix is removed). Linked through doi.org. */
  doi?: string;
  /** PubMed identifier (digits). Linked to pubmed.ncbi.nlm.nih.gov. */
  pmid?: string | number;
  /** Where to read it online. Unsafe URLs are shown as text, not links. */
  url?: string;
  /** When a web page was read, for pages that change. */
  accessed?: DateInput;
  /**
   * `true` when the text does not cite this source, on purpose (further reading, or a CMS's list the text never
   * links to): it is listed after the cited ones with no development warning. `medprose/content` sets it and says
   * so once in its notes.
   */
  uncited?: boolean;
}

/** Words the reference list shows, in English by default. */
export interface ReferencesLabels {
  /** The heading, unless the `heading` prop is given: "References". */
  heading: string;
  /** Before the accessed date: "Accessed". */
  accessed: string;
  /**
   * Name of a link back to where the text cites the source:
   * `(number, occurrence, total) => "Back to citation 2 of reference 3"`.
   * `number` and `occurrence` are already written in the locale's digits;
   * `total` (how often the text cites the source) is a number, for plural rules.
   */
  backLink: (number: string, occurrence: string, total: number) => string;
}

export interface ReferencesProps extends HTMLAttributes<HTMLElement> {
  /** From `createCitations(references)`: the same object the `<Cite>`s in the text use. */
  citations: Citations;
  /** The heading. Default the locale's ("References"). */
  heading?: ReactNode;
  /** Level of the heading (2 to 6). Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * The language: a locale object (`en`, `es` or your own) for the words,
   * dates and numbers. Default the one given to `createCitations`, else English.
   */
  locale?: LocaleInput;
  /** Override any of the words, in any locale. */
  labels?: Partial<ReferencesLabels>;
}
