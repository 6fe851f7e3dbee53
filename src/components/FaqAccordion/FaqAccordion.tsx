'use client';

import { useId } from 'react';
import type { FaqAccordionProps } from './FaqAccordion.types';
import { FaqAccordionView } from './FaqAccordionView';
import { FaqIsland } from './island';
import { withStylesheetScope } from '../../internal/stylesheet/withStylesheetScope';

/**
 * Questions and answers on Radix Accordion. Every answer is in the server HTML;
 * after hydration closed answers are `hidden="until-found"`, a `#hash` opens
 * the item it names, and "Show all / Hide all" toggles every answer.
 *
 * Until it has hydrated (and always without JavaScript) a question is a plain
 * heading, not a toggle: a button there would announce "collapsed" over an
 * answer that the page shows, and do nothing. Radix's trigger, with
 * `aria-expanded` and `aria-controls`, replaces it once the component is
 * interactive, in the same box, so nothing moves.
 *
 * With `island`, the FAQ is written ready for `hydrateIslands()` from
 * `medprose/islands`, for hosts that render React to static HTML (Astro).
 */
export function FaqAccordion({ island = false, ...props }: FaqAccordionProps) {
  const headingId = useId();
  return withStylesheetScope(
    island ? <FaqIsland headingId={headingId} {...props} /> : <FaqAccordionView headingId={headingId} {...props} />,
  );
}
