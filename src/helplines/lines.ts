import type { HelplineCountry, HelplineKind } from './types';

/**
 * What the components render of each line in medprose's table: the rest of a
 * row (its `summary` and `source`, in `table.ts`) is for publishers and
 * documentation, and stays out of a page's bundle. Rows are grouped by country
 * in no particular order: `helplinesFor` orders them.
 */
export const helplineLines = [
  {
    id: 'us-911',
    country: 'US',
    kind: 'emergency',
    label: '911',
    tel: '911',
    allHours: true,
  },
  {
    id: 'us-988',
    country: 'US',
    kind: 'crisis',
    label: '988 Suicide & Crisis Lifeline',
    tel: '988',
    sms: '988',
    allHours: true,
  },
  {
    id: 'ca-911',
    country: 'CA',
    kind: 'emergency',
    label: '9-1-1',
    tel: '9-1-1',
    allHours: true,
  },
  {
    id: 'ca-988',
    country: 'CA',
    kind: 'crisis',
    label: '9-8-8: Suicide Crisis Helpline',
    tel: '9-8-8',
    sms: '9-8-8',
    allHours: true,
  },
  {
    id: 'gb-999',
    country: 'GB',
    kind: 'emergency',
    label: '999',
    tel: '999',
    allHours: true,
  },
  {
    id: 'gb-111',
    country: 'GB',
    kind: 'advice',
    label: 'NHS 111',
    tel: '111',
    allHours: true,
  },
  {
    id: 'gb-samaritans',
    country: 'GB',
    kind: 'crisis',
    label: 'Samaritans',
    tel: '116 123',
    allHours: true,
  },
  {
    id: 'eu-112',
    country: 'EU',
    kind: 'emergency',
    label: '112',
    tel: '112',
    allHours: true,
  },
  {
    id: 'au-000',
    country: 'AU',
    kind: 'emergency',
    label: 'Triple Zero (000)',
    tel: '000',
    allHours: true,
  },
  {
    id: 'au-lifeline',
    country: 'AU',
    kind: 'crisis',
    label: 'Lifeline',
    tel: '13 11 14',
    allHours: true,
  },
] as const satisfies readonly {
  id: string;
  country: HelplineCountry;
  kind: HelplineKind;
  label: string;
  tel: string;
  sms?: string;
  allHours: boolean;
}[];

/** The 27 EU member states: each falls back to the European emergency number 112. */
const EU_MEMBER_STATES = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
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
  return helplineLines.some((line) => line.country === upper) ? (upper as HelplineCountry) : null;
}

/**
 * `rows` (the table's or its rendered part's) for one country or several, in
 * the order given, each country's emergency number first, then crisis lines,
 * then advice lines. Unknown codes give nothing.
 */
export function linesFor<Row extends { country: HelplineCountry; kind: HelplineKind }>(
  rows: readonly Row[],
  country: string | readonly string[],
  kinds?: readonly HelplineKind[],
): Row[] {
  const codes: readonly string[] = typeof country === 'string' ? [country] : Array.isArray(country) ? country : [];
  const seen = new Set<HelplineCountry>();
  const result: Row[] = [];
  for (const code of codes) {
    const key = helplineCountry(code);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    const lines = rows
      .filter((row) => row.country === key && (kinds === undefined || kinds.includes(row.kind)))
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    result.push(...lines);
  }
  return result;
}
