export { helplineTable } from './table';
export { helplineCountry, helplinesFor, type HelplinesForOptions } from './helplinesFor';
export type { Helpline, HelplineCountry, HelplineKind, HelplineTableEntry } from './types';
