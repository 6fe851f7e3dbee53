export { MedicalDisclaimer, defaultMedicalDisclaimerLabels } from './MedicalDisclaimer';
export type { Helpline, MedicalDisclaimerLabels, MedicalDisclaimerProps } from './MedicalDisclaimer.types';
