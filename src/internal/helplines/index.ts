export { HelplineList, type HelplineListProps } from './HelplineList';
export { defaultHelplineLabels, type HelplineLabels } from './labels';
export { resolveHelplines } from './resolveHelplines';
export { dialable } from './dialable';
