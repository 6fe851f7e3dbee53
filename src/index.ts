// Server-safe components: render in React Server Components and with react-dom/server.
export * from './components/ArticleHero';
export * from './components/ArticleSection';
export * from './components/RelatedPosts';
export * from './components/MedicalDisclaimer';
export * from './components/ReviewByline';
export * from './components/TableOfContents';
export * from './components/KeyTakeaways';
export * from './components/Callout';
export * from './components/References';
export * from './components/Cite';
// The whole page from one article object.
export * from './components/Article';
// Interactive: its module starts with 'use client'. (TableOfContents is a server
// component that renders a small 'use client' enhancer of its own.)
export * from './components/CrisisSupport';
export * from './components/PhoneLink';
export * from './components/JsonLd';
export * from './components/FaqAccordion';
// The FAQ's words are plain data: exported from outside its client module so a server can read them.
export { defaultFaqAccordionLabels } from './components/FaqAccordion/FaqAccordion.labels';

export * from './tokens';
export * from './locale';
export * from './helplines';
export * from './structured-data';
export { createSlugger, slugify, type Slugger } from './internal/slug';
export type { ArticleImage } from './internal/image/types';
export type { DateInput } from './internal/dates';
export type { Person } from './internal/person';
