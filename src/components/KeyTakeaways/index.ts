export { KeyTakeaways } from './KeyTakeaways';
export { defaultKeyTakeawaysLabels } from './KeyTakeaways.labels';
export type { KeyTakeawaysLabels, KeyTakeawaysProps } from './KeyTakeaways.types';
