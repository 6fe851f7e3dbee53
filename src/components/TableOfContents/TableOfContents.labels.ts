import type { TableOfContentsLabels } from './TableOfContents.types';

/** The table of contents' English words: the defaults, and the `en` locale's group. */
export const defaultTableOfContentsLabels: TableOfContentsLabels = {
  heading: 'On this page',
};
