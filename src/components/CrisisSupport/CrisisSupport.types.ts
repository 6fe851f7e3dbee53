import type { HTMLAttributes, ReactNode } from 'react';
import type { Helpline } from '../../helplines/types';
import type { HelplineLabels } from '../../internal/helplines/labels';
import type { LocaleInput } from '../../locale/types';

export type { Helpline, HelplineLabels };

/** Words the crisis box shows; the helpline words are shared with `MedicalDisclaimer`. */
export interface CrisisSupportLabels extends HelplineLabels {
  /** Visible heading, which also names the box: "If you need help now". */
  heading: string;
  /** What to do when a life is in danger, in plain words. Always shown. */
  emergencyAdvice: string;
  /** Leads into the list of numbers. */
  helplinesIntro: string;
}

export interface CrisisSupportProps extends HTMLAttributes<HTMLElement> {
  /**
   * Where your readers are, as ISO 3166-1 alpha-2 codes (`US`, `GB`; `UK` also
   * works; an EU member state gives 112), one or several. The box lists
   * medprose's numbers for them (see `helplinesFor`).
   */
  country?: string | readonly string[];
  /** Your own lines, shown exactly as given; they win over `country` (an empty or unusable list gives way to it). */
  helplines?: readonly Helpline[];
  /** Level of the heading. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Anything to add after the numbers, such as a link to local services. */
  children?: ReactNode;
  /**
   * The language: a locale object (`en`, `es` or your own) for the words, and
   * its code for country names. Default English, `en-US`.
   */
  locale?: LocaleInput;
  /** Override any of the words, in any locale. */
  labels?: Partial<CrisisSupportLabels>;
}
