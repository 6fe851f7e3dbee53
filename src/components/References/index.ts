export { References } from './References';
export { defaultReferencesLabels } from './References.labels';
export { createCitations, type Citations, type CitedMark, type CreateCitationsOptions, type ListedReference } from './createCitations';
export type { Reference, ReferencesLabels, ReferencesProps } from './References.types';
