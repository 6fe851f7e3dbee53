import { helplineCountry, linesFor } from './lines';
import { helplineTable } from './table';
import type { HelplineKind, HelplineTableEntry } from './types';

export { helplineCountry };

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
export function helplinesFor(country: string | readonly string[], { kinds }: HelplinesForOptions = {}): HelplineTableEntry[] {
  return linesFor(helplineTable, country, kinds);
}
