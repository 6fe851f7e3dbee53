import { STYLESHEET_PROPERTY, STYLESHEET_VERSION } from './version';

let found = false;
let checkedThisTask = false;

const expected = JSON.stringify(STYLESHEET_VERSION);

/**
 * Reads the page's stylesheets for the rule that declares `--mp-stylesheet`.
 * `undefined` when a stylesheet could not be read (another origin's, such as
 * a CDN's), so the answer is not known from here.
 */
function declaredInSheets(): boolean | undefined {
  let unreadable = false;
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      unreadable = true;
      continue;
    }
    for (const rule of Array.from(rules)) {
      const declared = (rule as CSSStyleRule).style?.getPropertyValue(STYLESHEET_PROPERTY);
      if (declared) return declared.trim() === expected;
    }
  }
  return unreadable ? undefined : false;
}

/**
 * Whether the page has this release's `medprose/styles.css`: it declares
 * `--mp-stylesheet` on the root with its version. Read from the stylesheets'
 * rules (a fraction of a millisecond, and no style resolution), or, when one
 * cannot be read, from the root's computed style. Remembered once true (a
 * page does not lose its stylesheet); while false, read again at most once per
 * task. Always false outside a browser.
 */
export function pageHasStylesheet(): boolean {
  if (found) return true;
  if (typeof document === 'undefined' || checkedThisTask) return false;
  checkedThisTask = true;
  setTimeout(() => {
    checkedThisTask = false;
  }, 0);
  found = declaredInSheets() ?? getComputedStyle(document.documentElement).getPropertyValue(STYLESHEET_PROPERTY).trim() === expected;
  return found;
}

/** For tests: forget what was read. */
export function resetPageStylesheet(): void {
  found = false;
  checkedThisTask = false;
}
