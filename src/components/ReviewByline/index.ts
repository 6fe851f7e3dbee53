export { ReviewByline } from './ReviewByline';
export { defaultReviewBylineLabels } from './ReviewByline.labels';
export type { FactCheck, MedicalReview, ReviewBylineLabels, ReviewBylineProps } from './ReviewByline.types';
