import type { HTMLAttributes, ReactNode } from 'react';
import type { Helpline } from '../../helplines/types';
import type { HelplineLabels } from '../../internal/helplines/labels';
import type { LocaleInput } from '../../locale/types';

export type { Helpline, HelplineLabels };

/** Words the disclaimer shows, in plain English by default; the helpline words are shared with `CrisisSupport`. */
export interface MedicalDisclaimerLabels extends HelplineLabels {
  /** Visible heading. */
  heading: string;
  /**
   * Screen-reader-only words before a heading that does not already say what
   * the note is ("Medical disclaimer:").
   */
  hiddenPrefix: string;
  /** The disclaimer copy, one string per paragraph. */
  body: string[];
  /** Heading of the crisis part of the `urgent` variant. */
  urgentHeading: string;
  /** The crisis instruction shown in the `urgent` variant. */
  urgentText: string;
  /** Leads into the list of helplines. */
  helplinesIntro: string;
}

export interface MedicalDisclaimerProps extends HTMLAttributes<HTMLDivElement> {
  /** `general` (default): information, not advice. `urgent` adds what to do in a crisis. */
  variant?: 'general' | 'urgent';
  /**
   * Crisis and emergency lines, shown in the `urgent` variant. Given, they are
   * shown exactly; they win over `country` (an empty or unusable list gives way to it).
   */
  helplines?: readonly Helpline[];
  /**
   * Where your readers are, as ISO 3166-1 alpha-2 codes (`US`, `GB`; `UK` also
   * works; an EU member state gives 112): when `helplines` is not given, the
   * `urgent` variant lists medprose's numbers for it (see `helplinesFor`).
   */
  country?: string | readonly string[];
  /** Replaces the default disclaimer copy (`labels.body`). */
  children?: ReactNode;
  /** Level of the disclaimer's heading. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5;
  /**
   * Screen-reader-only text before the heading so the note says what it is.
   * Default the locale's ("Medical disclaimer:") when the heading does not
   * already contain those words; `null` for none.
   */
  hiddenPrefix?: string | null;
  /**
   * The language: a locale object (`en`, `es` or your own) for the words, and
   * its code for country names. Default English, `en-US`.
   */
  locale?: LocaleInput;
  /** Override any of the words, in any locale. */
  labels?: Partial<MedicalDisclaimerLabels>;
}
