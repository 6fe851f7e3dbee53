import { devWarning } from '../../internal/devWarning';
import { isRecord } from '../../internal/isRecord';
import { localeLabels } from '../../locale/resolve';
import { defaultFaqAccordionLabels } from './FaqAccordion.labels';
import type { FaqAccordionLabels, FaqAccordionProps } from './FaqAccordion.types';
import { FaqAccordionView } from './FaqAccordionView';

/**
 * A FAQ as an island: for hosts that render React to static HTML and hydrate
 * nothing themselves (Astro renders each React component on its own with
 * `react-dom/server`). The FAQ renders where it stands, inside `Article`'s
 * layout, wrapped in an element that carries the props the browser needs as
 * JSON: ids, questions, options, the resolved words. Not the answers: they are
 * already on the page, and `hydrateIslands()` (`medprose/islands`) takes them
 * from there, so nothing the author wrote is serialised twice and no answer
 * loses its paragraphs, links or lists. Decision 0031.
 */

export const ISLAND_ATTRIBUTE = 'data-mp-island';
export const ISLAND_PROPS_ATTRIBUTE = 'data-mp-props';
export const ISLAND_NAME = 'FaqAccordion';

/** What the page carries for one FAQ island. */
export interface FaqIslandProps {
  headingId: string;
  /** The heading as text, `null` for none; absent when it is rich content (then read from the page). */
  heading?: string | null;
  headingFromPage?: true;
  headingLevel?: FaqAccordionProps['headingLevel'];
  type?: FaqAccordionProps['type'];
  defaultOpen?: FaqAccordionProps['defaultOpen'];
  expandOnPrint?: boolean;
  showAllControl?: boolean;
  rememberOpen?: boolean;
  labels: FaqAccordionLabels;
  items: ({ id?: unknown; question?: unknown } | null)[];
  /** The other attributes given (id, className, data-*, aria-*): plain values only. */
  attributes: Record<string, string | number | boolean>;
}

const COMPONENT = 'FaqAccordion';

export function FaqIsland({
  headingId,
  items,
  heading,
  locale,
  labels,
  onOpenChange,
  headingLevel,
  type,
  defaultOpen,
  expandOnPrint,
  showAllControl,
  rememberOpen,
  ...rest
}: Omit<FaqAccordionProps, 'island'> & { headingId: string }) {
  const attributes: FaqIslandProps['attributes'] = {};
  for (const [name, value] of Object.entries(rest)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') attributes[name] = value;
    else if (value !== undefined && process.env.NODE_ENV !== 'production')
      devWarning(
        COMPONENT,
        name,
        'cannot be written into the page for an island (only text, numbers and booleans can); the island hydrates without it.',
      );
  }
  if (process.env.NODE_ENV !== 'production' && onOpenChange !== undefined)
    devWarning(COMPONENT, 'onOpenChange', 'is a function, which an island cannot carry to the browser; it is not called.');
  const textHeading = heading === undefined || heading === null || heading === false || heading === '' || typeof heading === 'string';
  const island: FaqIslandProps = {
    headingId,
    ...(heading === undefined
      ? {}
      : textHeading
        ? { heading: heading === false || heading === '' ? null : (heading as string | null) }
        : { headingFromPage: true }),
    headingLevel,
    type,
    defaultOpen,
    expandOnPrint,
    showAllControl,
    rememberOpen,
    labels: localeLabels(locale, COMPONENT, defaultFaqAccordionLabels, labels),
    items: Array.isArray(items) ? items.map((item) => (isRecord(item) ? { id: item.id, question: item.question } : null)) : [],
    attributes,
  };
  return (
    <div {...{ [ISLAND_ATTRIBUTE]: ISLAND_NAME, [ISLAND_PROPS_ATTRIBUTE]: JSON.stringify(island) }}>
      <FaqAccordionView
        headingId={headingId}
        items={items}
        heading={heading}
        locale={locale}
        labels={labels}
        headingLevel={headingLevel}
        type={type}
        defaultOpen={defaultOpen}
        expandOnPrint={expandOnPrint}
        showAllControl={showAllControl}
        rememberOpen={rememberOpen}
        {...attributes}
      />
    </div>
  );
}
