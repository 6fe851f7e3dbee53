import { STYLESHEET_PROPERTY, STYLESHEET_VERSION } from './version';

let found = false;
let checkedThisTask = false;

/**
 * Whether the page has this release's `medprose/styles.css` applied: it sets
 * `--mp-stylesheet` on the root to its version. Read once it is true (a page
 * does not lose its stylesheet); while false, read again at most once per task,
 * since reading a computed style makes the browser resolve styles. Always false
 * outside a browser.
 */
export function pageHasStylesheet(): boolean {
  if (found) return true;
  if (typeof document === 'undefined' || typeof getComputedStyle !== 'function' || checkedThisTask) return false;
  checkedThisTask = true;
  setTimeout(() => {
    checkedThisTask = false;
  }, 0);
  found = getComputedStyle(document.documentElement).getPropertyValue(STYLESHEET_PROPERTY).trim() === JSON.stringify(STYLESHEET_VERSION);
  return found;
}

/** For tests: forget what was read. */
export function resetPageStylesheet(): void {
  found = false;
  checkedThisTask = false;
}
