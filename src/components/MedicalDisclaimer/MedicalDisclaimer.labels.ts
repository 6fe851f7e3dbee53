import { defaultHelplineLabels } from '../../internal/helplines/labels';
import type { MedicalDisclaimerLabels } from './MedicalDisclaimer.types';

/** The disclaimer's plain-English words: the defaults, and the `en` locale's group. */
export const defaultMedicalDisclaimerLabels: MedicalDisclaimerLabels = {
  heading: 'Medical disclaimer',
  hiddenPrefix: 'Medical disclaimer:',
  body: [
    'This article is general information. It is not medical advice and it does not replace care from a doctor, nurse, pharmacist or other qualified professional who knows your health and history.',
    'Do not start, stop or change a treatment because of something you read here, and do not put off getting care. If something in this article worries you, speak to a clinician.',
  ],
  urgentHeading: 'If you need help now',
  urgentText:
    'If you might act on thoughts of harming yourself, or you or someone else is in immediate danger, call your local emergency number or go to the nearest emergency department now.',
  helplinesIntro: 'You can also talk to someone at any hour:',
  ...defaultHelplineLabels,
};
