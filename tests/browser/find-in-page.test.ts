import { expect, it } from 'vitest';
import { ketamineArticle as article } from '../../stories/fixtures/ketamineArticle';
import { useBrowser } from './harness/session';

const { open } = useBrowser();

/** A few words from the middle of a closed answer, as a text fragment. */
function textFragment(text: string) {
  const words = text.split(/\s+/).slice(3, 9).join(' ');
  return { words, fragment: `#:~:text=${encodeURIComponent(words)}` };
}

it('a #:~:text= link to words inside a closed answer opens that answer', async () => {
  const item = article.faq[3]!;
  const { words, fragment } = textFragment(item.answer[1]!);
  const { page } = await open(`/article${fragment}`);
  const trigger = page.locator(`[id="${item.id}-question"]`);
  await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-expanded') === 'true', `${item.id}-question`, {
    timeout: 5000,
  });
  expect(await trigger.getAttribute('aria-expanded')).toBe('true');
  expect(await page.getByText(words).first().isVisible()).toBe(true);
  // The other answers stay closed.
  expect(await page.locator('[data-faq-panel][hidden="until-found"]').count()).toBe(article.faq.length - 1);
  await page.context().close();
});

it('a hash that names a question opens it, on load and on hashchange', async () => {
  const [first, second] = [article.faq[1]!, article.faq[4]!];
  const { page } = await open(`/article#${first.id}`);
  expect(await page.locator(`[id="${first.id}-question"]`).getAttribute('aria-expanded')).toBe('true');
  expect(await page.getByText(first.answer[0]!, { exact: true }).isVisible()).toBe(true);

  await page.evaluate((id) => (window.location.hash = id), second.id);
  await page.waitForFunction((id) => document.getElementById(`${id}-question`)?.getAttribute('aria-expanded') === 'true', second.id);
  expect(await page.getByText(second.answer[0]!, { exact: true }).isVisible()).toBe(true);
  await page.context().close();
});
