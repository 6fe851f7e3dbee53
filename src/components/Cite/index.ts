export { Cite } from './Cite';
export { defaultCiteLabels } from './Cite.labels';
export type { CiteLabels, CiteProps } from './Cite.types';
