import type { CalloutLabels } from './Callout.types';

/** The callout's English words: the defaults, and the `en` locale's group. */
export const defaultCalloutLabels: CalloutLabels = {
  info: 'Information:',
  warning: 'Warning:',
  nonUrgent: 'Non-urgent advice:',
  urgent: 'Urgent advice:',
  emergency: 'Immediate action required:',
};
