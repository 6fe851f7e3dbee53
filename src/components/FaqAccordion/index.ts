'use client';

export { FaqAccordion } from './FaqAccordion';
export type { FaqAccordionLabels, FaqAccordionProps, FaqItem } from './FaqAccordion.types';
