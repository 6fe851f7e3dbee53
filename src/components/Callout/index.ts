export { Callout } from './Callout';
export { defaultCalloutLabels } from './Callout.labels';
export type { CalloutLabels, CalloutProps, CalloutVariant } from './Callout.types';
