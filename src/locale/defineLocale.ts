import { en } from './en';
import type { MedproseLocale, PartialMessages } from './types';

export interface DefineLocaleOptions {
  /** BCP 47 tag for dates and numbers. */
  code: string;
  /** Writing direction. Default: the base locale's, or `rtl` for Arabic, Hebrew, Persian and Urdu. */
  dir?: 'ltr' | 'rtl';
  /** The locale to fill gaps from. Default `en`. */
  base?: MedproseLocale;
  /** Your words: any group, any word. */
  messages?: PartialMessages;
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/**
 * Makes a complete locale from a partial one: each word you give replaces the
 * base locale's, the rest stay. `defineLocale({ code: 'fr', messages: { … } })`.
 */
export function defineLocale({ code, dir, base = en, messages = {} }: DefineLocaleOptions): MedproseLocale {
  const language = code.split('-')[0]?.toLowerCase() ?? '';
  const merged = { ...base.messages } as Record<string, object>;
  for (const [group, words] of Object.entries(messages)) {
    if (words) merged[group] = { ...merged[group], ...words };
  }
  return {
    code,
    dir: dir ?? (RTL_LANGUAGES.has(language) ? 'rtl' : base.dir),
    messages: merged as unknown as MedproseLocale['messages'],
  };
}
