import type { FaqAccordionLabels } from './FaqAccordion.types';

/** The FAQ's English words: the defaults, and the `en` locale's group. */
export const defaultFaqAccordionLabels: FaqAccordionLabels = {
  heading: 'Frequently asked questions',
  showAll: 'Show all',
  hideAll: 'Hide all',
  untitledQuestion: 'Question',
};
