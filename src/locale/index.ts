export { en } from './en';
export { es } from './es';
export { defineLocale, type DefineLocaleOptions } from './defineLocale';
export type { LocaleInput, MedproseLocale, MedproseMessages, PartialMessages } from './types';
