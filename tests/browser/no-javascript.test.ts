import { expect, it } from 'vitest';
import { ketamineArticle as article } from '../../stories/fixtures/ketamineArticle';
import { useBrowser } from './harness/session';

const { open } = useBrowser();

it('with JavaScript off, every FAQ answer is visible and the controls that need it are not', async () => {
  const { page } = await open('/article', { javaScriptEnabled: false });
  for (const item of article.faq) {
    for (const paragraph of item.answer) {
      expect(await page.getByText(paragraph, { exact: true }).isVisible(), paragraph.slice(0, 40)).toBe(true);
    }
  }
  expect(await page.getByRole('button', { name: 'Show all' }).isVisible()).toBe(false);
  await page.context().close();
});

it('with JavaScript on, closed answers stay closed after hydration', async () => {
  const { page } = await open('/article');
  const firstAnswer = article.faq[0]!.answer[0]!;
  expect(await page.getByText(firstAnswer, { exact: true }).isVisible()).toBe(false);
  expect(await page.locator('[data-faq-panel][hidden="until-found"]').count()).toBe(article.faq.length);
  await page.context().close();
});
