import { expect, it } from 'vitest';
import { useBrowser } from './harness/session';

const { open } = useBrowser();

it('hydrates the server-rendered article page with no error or warning', async () => {
  const { page, problems } = await open('/article');
  expect(problems).toEqual([]);
  expect(await page.locator("h1").count()).toBe(1);
  await page.close();
});

it('looks the same before and after hydration', async () => {
  // Before: the server's HTML and styles alone (no script). After: hydrated.
  const before = await open('/article?script=off', { waitForHydration: false });
  const after = await open('/article');
  const [beforeShot, afterShot] = await Promise.all([
    before.page.screenshot({ fullPage: true }),
    after.page.screenshot({ fullPage: true }),
  ]);
  expect(afterShot.equals(beforeShot)).toBe(true);
});
