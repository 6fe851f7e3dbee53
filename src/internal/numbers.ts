import { intlFormatter } from './intl';

/** A whole number in the locale's digits, for example `12` or `١٢`. */
export function formatNumber(value: number, locale: string): string {
  return intlFormatter('integer', locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(value);
}
