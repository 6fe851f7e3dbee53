import { helplineTable } from './table';
import type { HelplineCountry, HelplineKind, HelplineTableEntry } from './types';

/** The 27 EU member states: each falls back to the European emergency number 112. */
const EU_MEMBER_STATES = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

const KIND_ORDER: Record<HelplineKind, number> = { emergency: 0, crisis: 1, advice: 2 };

/**
 * The table's country for a code: upper-cased and trimmed; `UK` (the code the
 * ISO keeps reserved for the United Kingdom) is `GB`; an EU member state is
 * `EU`. `null` when the table has no entries for it.
 */
export function helplineCountry(code: unknown): HelplineCountry | null {
  if (typeof code !== 'string') return null;
  const upper = code.trim().toUpperCase();
  if (upper === 'UK') return 'GB';
  if (EU_MEMBER_STATES.has(upper)) return 'EU';
  return helplineTable.some((entry) => entry.country === upper) ? (upper as HelplineCountry) : null;
}

export interface HelplinesForOptions {
  /** Only these kinds, for example `['crisis']`. Default: all. */
  kinds?: readonly HelplineKind[];
}

/**
 * The table's lines for one country or several, in the order given, each
 * country's emergency number first, then crisis lines, then advice lines.
 * Codes are ISO 3166-1 alpha-2 (`US`, `GB`; `UK` also works) or `EU`; an EU
 * member state (`DE`) gives 112. Unknown codes give nothing: check with
 * `helplineCountry`. Returns a new array; the entries themselves are frozen.
 */
export function helplinesFor(
  country: string | readonly string[],
  { kinds }: HelplinesForOptions = {},
): HelplineTableEntry[] {
  const codes: readonly string[] = typeof country === 'string' ? [country] : Array.isArray(country) ? country : [];
  const seen = new Set<HelplineCountry>();
  const result: HelplineTableEntry[] = [];
  for (const code of codes) {
    const key = helplineCountry(code);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    const lines = helplineTable
      .filter((entry) => entry.country === key && (kinds === undefined || kinds.includes(entry.kind)))
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    result.push(...lines);
  }
  return result;
}
