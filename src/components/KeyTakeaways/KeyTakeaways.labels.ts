import type { KeyTakeawaysLabels } from './KeyTakeaways.types';

/** The summary box's English words: the defaults, and the `en` locale's group. */
export const defaultKeyTakeawaysLabels: KeyTakeawaysLabels = {
  heading: 'Key takeaways',
};
