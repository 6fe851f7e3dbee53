import type { HTMLAttributes, ReactNode } from 'react';
import type { LocaleInput } from '../../locale/types';

/**
 * What kind of box: general `info`, a `warning`, or one of the three levels of
 * care advice health services use (`non-urgent`, `urgent`, `emergency`).
 */
export type CalloutVariant = 'info' | 'warning' | 'non-urgent' | 'urgent' | 'emergency';

/**
 * Words the callout shows. Each is the screen-reader prefix of a variant, and
 * (without its final colon) the visible heading when no `heading` is given.
 */
export interface CalloutLabels {
  /** "Information:" */
  info: string;
  /** "Warning:" */
  warning: string;
  /** "Non-urgent advice:" */
  nonUrgent: string;
  /** "Urgent advice:" */
  urgent: string;
  /** "Immediate action required:" (the emergency level) */
  emergency: string;
}

export interface CalloutProps extends HTMLAttributes<HTMLDivElement> {
  /** Default `info`. */
  variant?: CalloutVariant;
  /**
   * The visible heading, best written as the action: "Ask for an urgent GP
   * appointment if:". Default the variant's words ("Urgent advice").
   */
  heading?: ReactNode;
  /** Level of the heading (2 to 6). Default 3: a callout usually sits inside a section. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Screen-reader-only words before the heading so the level is never carried
   * by colour alone. Default the variant's label ("Urgent advice:") unless the
   * heading already says it; `null` for none.
   */
  hiddenPrefix?: string | null;
  /** The advice: text, paragraphs or a list. */
  children?: ReactNode;
  /**
   * The language: a locale object (`en`, `es` or your own) for the words (the
   * callout shows no dates). Default English.
   */
  locale?: LocaleInput;
  /** Override any of the words, in any locale. */
  labels?: Partial<CalloutLabels>;
}
