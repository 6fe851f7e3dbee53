import { expect, it } from 'vitest';
import { ketamineArticleData } from '../../stories/fixtures/ketamineArticleData';
import { useBrowser } from './harness/session';

const { open } = useBrowser();
const faq = ketamineArticleData.faq!.items;

it('in a static page, hydrateIslands makes the FAQ work where it stands: click, keyboard, find-in-page, no warning', async () => {
  const { page, problems } = await open('/islandsArticle?styles=stylesheet', { viewport: { width: 390, height: 844 } });
  // In its place in the article: inside the text column, before the related articles.
  expect(await page.locator('.mp-Article-TextColumn [data-mp-island] section#faq').count()).toBe(1);
  const first = page.getByRole('button', { name: faq[0]!.question, exact: true });
  const answer = page.locator(`#${(await first.getAttribute('aria-controls'))!}`);
  expect(await first.getAttribute('aria-expanded')).toBe('false');
  expect(await answer.isVisible()).toBe(false);

  await first.click();
  expect(await first.getAttribute('aria-expanded')).toBe('true');
  expect(await answer.isVisible()).toBe(true);

  // Keyboard: the next question by arrow key, opened with Enter.
  await page.keyboard.press('ArrowDown');
  const second = page.getByRole('button', { name: faq[1]!.question, exact: true });
  expect(await second.evaluate((element) => element === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  expect(await second.getAttribute('aria-expanded')).toBe('true');

  // Closed answers are hidden="until-found": the browser's find-in-page can open them.
  expect(await page.locator('[data-faq-panel][hidden="until-found"]').count()).toBe(faq.length - 2);
  expect(problems).toEqual([]);
  await page.context().close();
});

it('in a static page, "On this page" is enhanced by hydrateIslands: following a link focuses the section heading', async () => {
  const { page, problems } = await open('/islandsArticle?styles=stylesheet', {
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  const link = page.locator('[data-medprose-toc] a').nth(1);
  const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
  await link.click();
  await page.waitForFunction((target) => document.activeElement?.closest(`#${CSS.escape(target)}`) !== null, id);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^H[23]$/);
  expect(problems).toEqual([]);
  await page.context().close();
});
