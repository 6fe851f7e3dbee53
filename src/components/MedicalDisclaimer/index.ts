export { MedicalDisclaimer } from './MedicalDisclaimer';
export { defaultMedicalDisclaimerLabels } from './MedicalDisclaimer.labels';
export type { Helpline, HelplineLabels, MedicalDisclaimerLabels, MedicalDisclaimerProps } from './MedicalDisclaimer.types';
