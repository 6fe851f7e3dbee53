import type { HTMLAttributes } from 'react';
import type { DateInput } from '../../internal/dates';
import type { LinkComponent } from '../../internal/link';
import type { Person } from '../../internal/person';
import type { LocaleInput } from '../../locale/types';

export type { DateInput, LinkComponent, Person };

/**
 * A medical review: who reviewed the article and when. Both are required, so a
 * reviewer can never be shown without the date of the review.
 */
export interface MedicalReview {
  /** The clinician (or clinicians) who reviewed the article. */
  reviewer: Person | Person[];
  /** The day of the review (ISO string or Date). */
  date: DateInput;
}

/** A fact check: who checked the article, and optionally when. */
export interface FactCheck {
  checker: Person | Person[];
  date?: DateInput;
}

/** Words the byline shows, in English by default. */
export interface ReviewBylineLabels {
  /** Before the reviewers: "Medically reviewed by". */
  reviewedBy: string;
  /** Before the fact checkers: "Fact checked by". */
  factCheckedBy: string;
  /** Between the names and the date: "on". */
  on: string;
  /** Before the page's review date: "Page last reviewed:". */
  lastReviewed: string;
  /** Before the next planned review: "Next review due:". */
  nextReviewDue: string;
}

export interface ReviewBylineProps extends HTMLAttributes<HTMLDivElement> {
  /** "Medically reviewed by {name, credentials} on {date}". */
  review?: MedicalReview;
  /** "Fact checked by {name} on {date}". */
  factCheck?: FactCheck;
  /** "Page last reviewed: {date}", the NHS pattern. */
  lastReviewed?: DateInput;
  /** "Next review due: {date}". */
  nextReviewDue?: DateInput;
  /**
   * The language: a locale object (`en`, `es` or your own) for the words and
   * dates, or a BCP 47 tag for dates only. Default English, `en-US`.
   */
  locale?: LocaleInput;
  /** Router link for profile links, for example Next.js `Link`. */
  linkComponent?: LinkComponent;
  /** Override any of the words, in any locale. */
  labels?: Partial<ReviewBylineLabels>;
}
