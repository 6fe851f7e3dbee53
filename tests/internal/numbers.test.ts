import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/internal/numbers';

const intl = (value: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);

// formatNumber skips Intl for small whole numbers in Latin-digit languages; it
// must print exactly what Intl prints, in every locale a reader might use.
const locales = [
  'en',
  'en-US',
  'en-GB',
  'en-IN',
  'es',
  'es-MX',
  'es-419',
  'fr',
  'fr-CA',
  'de',
  'de-CH',
  'pt-BR',
  'it',
  'nl',
  'pl',
  'tr',
  'vi',
  'sv',
  'fi',
  'sr-Latn',
  'az-Latn',
  'ar',
  'ar-EG',
  'ar-MA',
  'fa',
  'ur',
  'hi',
  'bn',
  'mr',
  'ne',
  'my',
  'th',
  'ja',
  'zh',
  'he',
  'ru',
  'en-u-nu-arab',
  'es-u-nu-deva',
  'ar-u-nu-latn',
];

describe('formatNumber', () => {
  it('prints the same text as Intl.NumberFormat in every locale', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.oneof(
          fc.integer({ min: 0, max: 999 }),
          fc.integer({ min: -5000, max: 2_000_000 }),
          fc.double({ min: -2000, max: 2000, noNaN: true }),
          fc.constant(-0),
        ),
        (locale, value) => {
          expect(formatNumber(value, locale)).toBe(intl(value, locale));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("writes a locale's own digits where it has them", () => {
    expect(formatNumber(12, 'ar-EG')).toBe('١٢');
    expect(formatNumber(12, 'fa')).toBe('۱۲');
    expect(formatNumber(12, 'en-u-nu-deva')).toBe('१२');
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });
});
