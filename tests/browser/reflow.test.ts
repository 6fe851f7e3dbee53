import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useBrowser } from './harness/session';

const { open } = useBrowser();

/** WCAG 1.4.12 text spacing: the overrides a reader's stylesheet may apply. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/** Elements whose content is cut off: a clipping box smaller than what it holds. */
function clippedElements(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
        if (!clips || element.getClientRects().length === 0) return false;
        // Visually hidden text is 1px by design.
        if (element.clientWidth <= 1 && element.clientHeight <= 1) return false;
        return element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );
}

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

it('at 320 CSS pixels wide, with every answer open, nothing scrolls sideways', async () => {
  const { page } = await open('/article', { viewport: { width: 320, height: 640 } });
  await page.getByRole('button', { name: 'Show all' }).click();
  expect(await horizontalOverflow(page)).toBe(0);
  await page.context().close();
});

it('the WCAG text-spacing overrides clip nothing and cause no sideways scroll', async () => {
  for (const width of [320, 1280]) {
    const { page } = await open('/article', { viewport: { width, height: 800 } });
    await page.getByRole('button', { name: 'Show all' }).click();
    await page.addStyleTag({ content: TEXT_SPACING });
    expect(await clippedElements(page), `at ${width}px`).toEqual([]);
    expect(await horizontalOverflow(page), `at ${width}px`).toBe(0);
    await page.context().close();
  }
});
