import { expect, it } from 'vitest';
import { useBrowser } from './harness/session';

const { open } = useBrowser();

/** A phone's first screen: 390 × 844 CSS pixels. */
const PHONE = { width: 390, height: 844 };

it('at 390 px the first screen shows the title, standfirst, byline and review, and no empty image box', async () => {
  const { page } = await open('/article', { viewport: PHONE });
  const onFirstScreen = async (locator: ReturnType<typeof page.locator>) => {
    const box = await locator.boundingBox();
    return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
  };
  const hero = page.locator('header').first();
  expect(await onFirstScreen(page.getByRole('heading', { level: 1 })), 'title').toBe(true);
  expect(await onFirstScreen(hero.getByText(/^Ketamine is drawing attention/)), 'standfirst').toBe(true);
  expect(await onFirstScreen(hero.getByText(/^By /)), 'byline').toBe(true);
  expect(await onFirstScreen(hero.getByText(/Medically reviewed by/)), 'review').toBe(true);
  // The sample article has no lead image: no placeholder anywhere on the page.
  expect(await page.locator('[data-medprose-placeholder]').count()).toBe(0);
  await page.context().close();
});
