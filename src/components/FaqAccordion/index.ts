'use client';

export { FaqAccordion, defaultFaqAccordionLabels } from './FaqAccordion';
export type { FaqAccordionLabels, FaqAccordionProps, FaqItem } from './FaqAccordion.types';
