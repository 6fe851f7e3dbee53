export { TableOfContents } from './TableOfContents';
export { defaultTableOfContentsLabels } from './TableOfContents.labels';
export type { TableOfContentsLabels, TableOfContentsProps, TocItem } from './TableOfContents.types';
