import type { CiteLabels } from './Cite.types';

/** The citation mark's English words: the defaults, and the `en` locale's group. */
export const defaultCiteLabels: CiteLabels = {
  reference: (number) => `Reference ${number}`,
};
