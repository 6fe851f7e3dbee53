import { devWarning } from '../devWarning';
// The rendered part of the table: its summaries and sources stay out of the page's bundle.
import { helplineCountry, helplineLines, linesFor } from '../../helplines/lines';
import type { Helpline } from '../../helplines/types';
import { countryList, readerFirst } from './readerFirst';
import { validHelplines } from './validHelplines';

export interface ResolveHelplinesInput {
  helplines: unknown;
  country: unknown;
  component: string;
}

/**
 * The lines a component shows: the publisher's `helplines` when given (they
 * win, unless none of them is usable; `country` then only puts the reader's
 * lines first), otherwise medprose's table for `country` (as `helplinesFor`
 * gives it, less the `summary` and `source` the components never show). Each unknown country code
 * warns in development, naming the component and the prop.
 */
export function resolveHelplines({ helplines, country, component }: ResolveHelplinesInput): Helpline[] {
  if (helplines !== undefined && helplines !== null) {
    const given = validHelplines(helplines, component, 'helplines');
    // `country` is where the readers are: it puts their lines first, and drops none.
    if (given.length > 0) return readerFirst(given, countryList(country));
    if (country === undefined || country === null) return given;
    // A crisis box with no number helps nobody: an empty list from a CMS gives way to the country's table.
    if (process.env.NODE_ENV !== 'production')
      devWarning(component, 'helplines', 'gives no usable number; the numbers for `country` are shown instead.');
  }
  if (country === undefined || country === null) return [];
  const codes: unknown[] = typeof country === 'string' ? [country] : Array.isArray(country) ? country : [country];
  const known: string[] = [];
  for (const code of codes) {
    if (helplineCountry(code) === null) {
      if (process.env.NODE_ENV !== 'production')
        devWarning(
          component,
          'country',
          `"${String(code)}" is not a country medprose has helplines for (US, CA, GB or UK, AU, and EU member states); pass \`helplines\` for it. The emergency advice is still shown.`,
        );
    } else {
      known.push(code as string);
    }
  }
  return linesFor(helplineLines, known);
}
