import { localeCode } from './resolve';
import type { LocaleInput, MedproseMessages, ToolGroup } from './types';

/**
 * The words of `medprose/audit` or `medprose/content`: their English defaults,
 * then their own table's words for the locale's language (so `es`, `es-MX` or
 * `{ ...es, code: 'es-MX' }` read in Spanish), then whatever the locale object
 * itself gives for the group (a publisher's `defineLocale({ messages: { Audit } })`).
 * The tables live beside the tools, not in `en` and `es`, so client bundles
 * that import a locale do not carry them (decision 0019).
 */
export function toolLabels<K extends ToolGroup>(
  locale: LocaleInput | undefined,
  group: K,
  byLanguage: Readonly<Record<string, NonNullable<MedproseMessages[K]>>>,
  caller: string,
): Required<NonNullable<MedproseMessages[K]>> {
  const language = localeCode(locale, caller).split('-')[0]!.toLowerCase();
  const own = typeof locale === 'object' ? locale.messages?.[group] : undefined;
  return { ...byLanguage.en, ...byLanguage[language], ...own } as Required<NonNullable<MedproseMessages[K]>>;
}
