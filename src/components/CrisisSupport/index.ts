export { CrisisSupport } from './CrisisSupport';
export { defaultCrisisSupportLabels } from './CrisisSupport.labels';
export type { CrisisSupportLabels, CrisisSupportProps, Helpline, HelplineLabels } from './CrisisSupport.types';
