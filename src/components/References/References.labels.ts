import type { ReferencesLabels } from './References.types';

/** The reference list's English words: the defaults, and the `en` locale's group. */
export const defaultReferencesLabels: ReferencesLabels = {
  heading: 'References',
  accessed: 'Accessed',
  backLink: (number, occurrence, total) =>
    total > 1 ? `Back to citation ${occurrence} of reference ${number}` : `Back to citation of reference ${number}`,
};
