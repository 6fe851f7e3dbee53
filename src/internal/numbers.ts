import { intlFormatter } from './intl';

// Languages written in Latin script whose default numbering system (CLDR) is
// the ASCII digits 0–9. Building an Intl.NumberFormat on the first call of a
// page load was 15% of the sample page's hydration (bench/README.md), and for
// these languages a small whole number prints the same without it: ASCII
// digits, no grouping below 1000.
const LATIN_DIGITS =
  /^(?:af|az|bs|ca|cs|cy|da|de|en|es|et|eu|fi|fil|fr|ga|gl|hr|hu|id|is|it|lt|lv|ms|mt|nb|nl|nn|no|pl|pt|ro|sk|sl|sq|sv|sw|tl|tr|vi)(?:-(?:latn|[a-z]{2}|\d{3}))*$/i;

/** A whole number in the locale's digits, for example `12` or `١٢`. */
export function formatNumber(value: number, locale: string): string {
  // The same text as Intl's for 0–999 in those languages; everything else
  // (other scripts, -u-nu- extensions, grouping, signs, fractions) goes to Intl.
  if (Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0) && LATIN_DIGITS.test(locale)) {
    return String(value);
  }
  return intlFormatter('integer', locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(value);
}
