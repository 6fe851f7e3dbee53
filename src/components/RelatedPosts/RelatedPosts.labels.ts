import type { RelatedPostsLabels } from './RelatedPosts.types';

/** The related list's English words: the defaults, and the `en` locale's group. */
export const defaultRelatedPostsLabels: RelatedPostsLabels = {
  heading: 'Related articles',
};
