export { MedicalDisclaimer } from './MedicalDisclaimer';
export { defaultMedicalDisclaimerLabels } from './MedicalDisclaimer.labels';
export type { Helpline, MedicalDisclaimerLabels, MedicalDisclaimerProps } from './MedicalDisclaimer.types';
