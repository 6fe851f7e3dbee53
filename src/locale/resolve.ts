import { devWarning } from '../internal/devWarning';
import type { ComponentGroup, LocaleInput, MedproseMessages } from './types';

const DEFAULT_CODE = 'en-US';

/** The tag `Intl` formats with. An invalid tag falls back to `en-US` and warns. */
export function localeCode(locale: LocaleInput | undefined, component: string): string {
  const code = typeof locale === 'string' ? locale : locale?.code;
  if (code === undefined || code === '') return DEFAULT_CODE;
  try {
    return Intl.getCanonicalLocales(code)[0] ?? DEFAULT_CODE;
  } catch {
    if (process.env.NODE_ENV !== 'production')
      devWarning(component, 'locale', `"${code}" is not a valid BCP 47 language tag; using ${DEFAULT_CODE}.`);
    return DEFAULT_CODE;
  }
}

/**
 * A component's words: its English defaults, then the locale's group, then the
 * `labels` prop, each overriding the one before.
 */
export function localeLabels<K extends ComponentGroup>(
  locale: LocaleInput | undefined,
  component: K,
  defaults: MedproseMessages[K],
  overrides?: Partial<MedproseMessages[K]>,
): MedproseMessages[K] {
  const fromLocale = typeof locale === 'object' ? locale.messages?.[component] : undefined;
  // The guard comes first, so production bundles drop these checks with their warnings.
  if (process.env.NODE_ENV !== 'production') {
    if (typeof locale === 'string') {
      // A bare tag formats dates in that language but cannot translate words.
      if (!/^en(-|$)/i.test(locale)) {
        devWarning(
          component,
          'locale',
          `"${locale}" sets how dates and numbers are written; the words stay English. Pass a locale object (for example \`es\` from 'medprose') for translated words.`,
        );
      }
    } else if (locale !== undefined && fromLocale === undefined) {
      devWarning(component, 'locale', `has no messages for ${component}; using English.`);
    }
  }
  return { ...defaults, ...fromLocale, ...overrides };
}
