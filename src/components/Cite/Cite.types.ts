import type { HTMLAttributes } from 'react';
import type { Citations } from '../References/createCitations';
import type { LocaleInput } from '../../locale/types';

/** Words a citation mark uses, in English by default. */
export interface CiteLabels {
  /**
   * A mark's accessible name, so it says what it is: `(number) => "Reference 3"`.
   * `number` is already written in the locale's digits.
   */
  reference: (number: string) => string;
}

export interface CiteProps extends Omit<HTMLAttributes<HTMLElement>, 'id'> {
  /** From `createCitations(references)`: the same object the page's `<References>` uses. */
  citations: Citations;
  /** The id of the reference cited, or several: `['smith-2021', 'who-2024']` shows [1, 3]. */
  id: string | string[];
  /**
   * The language: a locale object (`en`, `es` or your own) for the words and
   * digits. Default the one given to `createCitations`, else English.
   */
  locale?: LocaleInput;
  /** Override any of the words, in any locale. */
  labels?: Partial<CiteLabels>;
}
