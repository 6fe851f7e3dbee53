import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { FaqAccordionView } from '../components/FaqAccordion/FaqAccordionView';
import { ISLAND_ATTRIBUTE, ISLAND_NAME, ISLAND_PROPS_ATTRIBUTE, type FaqIslandProps } from '../components/FaqAccordion/island';
import { PANEL_ATTRIBUTE } from '../components/FaqAccordion/hiddenUntilFound';
import { enhanceTableOfContents } from '../components/TableOfContents/enhanceTableOfContents';
import { TOC_ATTRIBUTE } from '../components/TableOfContents/tocAttributes';
import { StylesheetScope } from '../internal/stylesheet/StylesheetScope';

/**
 * `medprose/islands`: makes a page's medprose parts interactive in hosts that
 * render React to static HTML and hydrate nothing themselves (Astro). Render
 * `Article` (or `FaqAccordion`) with `islands` (`island`) on the server, and
 * call this once in the browser:
 *
 *     <script>import { hydrateIslands } from 'medprose/islands'; hydrateIslands();</script>
 *
 * Each FAQ is hydrated where it stands, as its own React root, from the props
 * the server wrote beside it and the answers already on the page; each "On this
 * page" gets its highlighting and focus handling. Parts already done are
 * skipped, so calling it again (after a client-side navigation) is safe. Do not
 * use it where React hydrates the whole page (Next.js, React Router, Vite SSR):
 * there the components are interactive already. Decision 0031.
 */

const done = new WeakSet<Element>();

export function hydrateIslands(root: ParentNode = document): void {
  for (const island of root.querySelectorAll<HTMLElement>(`[${ISLAND_ATTRIBUTE}="${ISLAND_NAME}"]`)) {
    if (done.has(island)) continue;
    done.add(island);
    let props: FaqIslandProps;
    try {
      props = JSON.parse(island.getAttribute(ISLAND_PROPS_ATTRIBUTE) ?? '');
    } catch {
      console.error('[medprose] hydrateIslands: a FAQ island has no readable props; it stays as the server rendered it.');
      continue;
    }
    const answers: Record<string, string> = {};
    for (const panel of island.querySelectorAll(`[${PANEL_ATTRIBUTE}]`)) {
      answers[panel.getAttribute(PANEL_ATTRIBUTE) ?? ''] = panel.querySelector('[data-faq-answer]')?.innerHTML ?? '';
    }
    const headingHtml = props.headingFromPage ? island.ownerDocument.getElementById(props.headingId)?.innerHTML : undefined;
    const { attributes, items, headingId, headingFromPage: _fromPage, ...options } = props;
    hydrateRoot(
      island,
      createElement(
        StylesheetScope,
        null,
        createElement(FaqAccordionView, {
          ...attributes,
          ...options,
          headingId,
          // The answers come from the page (`fromPage`); a placeholder keeps prepareItems from calling them missing.
          items: items.map((item) => (item === null ? item : { ...item, answer: ' ' })) as never,
          fromPage: { answers, ...(headingHtml !== undefined ? { headingHtml } : {}) },
        }),
      ),
    );
  }
  for (const contents of root.querySelectorAll(`[${TOC_ATTRIBUTE}]`)) {
    if (done.has(contents)) continue;
    done.add(contents);
    enhanceTableOfContents(contents);
  }
}
