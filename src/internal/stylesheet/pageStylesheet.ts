import { STYLESHEET_PROPERTY, STYLESHEET_VERSION } from './version';

let found = false;
let checkedThisTask = false;

/**
 * The value the page's stylesheets give `--mp-stylesheet`, read from their
 * rules (a fraction of a millisecond, and no style resolution); the root's
 * computed value when a stylesheet cannot be read (another origin's, a CDN's).
 */
function declaredVersion(): string {
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) {
        const declared = (rule as CSSStyleRule).style?.getPropertyValue(STYLESHEET_PROPERTY);
        if (declared) return declared;
      }
    } catch {
      return getComputedStyle(document.documentElement).getPropertyValue(STYLESHEET_PROPERTY);
    }
  }
  return '';
}

/**
 * Whether the page has this release's `medprose/styles.css`: it declares
 * `--mp-stylesheet` on the root with its version. Remembered once true (a page
 * does not lose its stylesheet); while false, read again at most once per task.
 * Always false outside a browser.
 */
export function pageHasStylesheet(): boolean {
  if (found || typeof document === 'undefined' || checkedThisTask) return found;
  checkedThisTask = true;
  setTimeout(() => (checkedThisTask = false));
  return (found = declaredVersion().trim() === `"${STYLESHEET_VERSION}"`);
}

/** For tests: forget what was read. */
export function resetPageStylesheet(): void {
  found = checkedThisTask = false;
}
