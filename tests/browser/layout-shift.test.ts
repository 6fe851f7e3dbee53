import { expect, it } from 'vitest';
import { useBrowser } from './harness/session';

const { open } = useBrowser();

it('the hero reserves its image space: no layout shift while the image loads', async () => {
  const { page } = await open('/heroWithSlowImage', {
    viewport: { width: 390, height: 844 },
    before: (page) =>
      page.addInitScript(() => {
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      }),
  });
  // The server holds the image back; wait until it has arrived and painted.
  await page.waitForFunction(() => {
    const image = document.querySelector('img');
    return image !== null && image.complete && image.naturalWidth > 0;
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
  await page.context().close();
});
