import { defaultHelplineLabels } from '../../internal/helplines/labels';
import type { CrisisSupportLabels } from './CrisisSupport.types';

/** The crisis box's plain-English words: the defaults, and the `en` locale's group. */
export const defaultCrisisSupportLabels: CrisisSupportLabels = {
  heading: 'If you need help now',
  emergencyAdvice:
    'If you might act on thoughts of ending your life, or anyone is in immediate danger, call an emergency number now or go to the nearest emergency department.',
  helplinesIntro: 'If you are struggling or having thoughts of suicide, you do not have to cope alone. You can talk to someone now:',
  ...defaultHelplineLabels,
};
