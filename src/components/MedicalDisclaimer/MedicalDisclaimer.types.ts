import type { HTMLAttributes, ReactNode } from 'react';
import type { LocaleInput } from '../../locale/types';

/** A crisis or advice line, given as data and rendered as tap-to-call links. */
export interface Helpline {
  /** The service: "988 Suicide & Crisis Lifeline", "Samaritans". */
  label: string;
  /** Number to call, as people write it ("116 123"); the link dials its digits. */
  tel?: string;
  /** Number to text, where the service takes text messages. */
  sms?: string;
  /** Who it is for or when it is open: "Free, 24 hours a day". */
  description?: string;
  /** Where it works: "US", "UK". Shown before the label. */
  region?: string;
}

/** Words the disclaimer shows, in plain English by default. */
export interface MedicalDisclaimerLabels {
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
  /** Link text to call: `(number) => "Call 988"`. */
  call: (number: string) => string;
  /** Link text to text: `(number) => "Text 741741"`. */
  text: (number: string) => string;
}

export interface MedicalDisclaimerProps extends HTMLAttributes<HTMLDivElement> {
  /** `general` (default): information, not advice. `urgent` adds what to do in a crisis. */
  variant?: 'general' | 'urgent';
  /** Crisis and emergency lines, shown in the `urgent` variant. */
  helplines?: Helpline[];
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
   * The language: a locale object (`en`, `es` or your own) for the words (the
   * disclaimer shows no dates). Default English, `en-US`.
   */
  locale?: LocaleInput;
  /** Override any of the words, in any locale. */
  labels?: Partial<MedicalDisclaimerLabels>;
}
