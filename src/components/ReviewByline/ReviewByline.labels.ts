import type { ReviewBylineLabels } from './ReviewByline.types';

/** The byline's English words: the defaults, and the `en` locale's group. */
export const defaultReviewBylineLabels: ReviewBylineLabels = {
  reviewedBy: 'Medically reviewed by',
  factCheckedBy: 'Fact checked by',
  on: 'on',
  lastReviewed: 'Page last reviewed:',
  nextReviewDue: 'Next review due:',
};
