import { axe as runAxe } from 'vitest-axe';

const WCAG_AND_BEST_PRACTICE = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe with WCAG 2.0–2.2 A/AA and best-practice rules. Colour contrast is judged
 * in the real browser (jsdom has no layout or canvas), so it is off here.
 * `fragment: true` is for a component tested alone: the page-level rules
 * (one h1 per page, everything inside a landmark) are then the page's business.
 */
export function axe(container: Element, { fragment = false }: { fragment?: boolean } = {}) {
  return runAxe(container, {
    runOnly: { type: 'tag', values: WCAG_AND_BEST_PRACTICE },
    rules: {
      'color-contrast': { enabled: false },
      ...(fragment ? { 'page-has-heading-one': { enabled: false }, region: { enabled: false } } : {}),
    },
  });
}
