import { expect, it } from 'vitest';
import { useBrowser } from './harness/session';

const { open } = useBrowser();

it('hydrates the server-rendered article page with no error or warning', async () => {
  const { page, problems } = await open('/article');
  expect(problems).toEqual([]);
  expect(await page.locator('h1').count()).toBe(1);
  await page.close();
});

it('looks the same before and after hydration', async () => {
  // Before: the server's HTML and styles alone (no script). After: hydrated.
  const before = await open('/article?script=off', { waitForHydration: false });
  const after = await open('/article');
  // The FAQ's Show all appears at hydration, in the box the stylesheet kept for it (decision 0030): its box is masked
  // in both shots, so a box that moved or changed size still fails the comparison.
  const shot = (page: typeof before.page) => page.screenshot({ fullPage: true, mask: [page.locator('button[data-faq-control]')] });
  const [beforeShot, afterShot] = await Promise.all([shot(before.page), shot(after.page)]);
  expect(afterShot.equals(beforeShot)).toBe(true);
});

it("reuses the server's styles: hydration writes no CSS rule a second time", async () => {
  // styled-components only rehydrates components whose id it can read back from the server's
  // style tag (letters, digits, `-`, `_`); for any other it runs stylis again and inserts every rule twice.
  const { page } = await open('/article');
  const duplicates = await page.evaluate(() => {
    const seen = new Set<string>();
    const twice: string[] = [];
    for (const style of document.querySelectorAll('style[data-styled]')) {
      for (const rule of (style as HTMLStyleElement).sheet?.cssRules ?? []) {
        if (seen.has(rule.cssText)) twice.push(rule.cssText);
        seen.add(rule.cssText);
      }
    }
    return twice;
  });
  expect(duplicates).toEqual([]);
  await page.close();
});
