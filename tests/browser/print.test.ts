import { expect, it } from 'vitest';
import { ketamineArticle as article } from '../../stories/fixtures/ketamineArticle';
import { useBrowser } from './harness/session';

const { open } = useBrowser();

it('prints every answer, no toggles, and where links go', async () => {
  const { page } = await open('/article');
  await page.emulateMedia({ media: 'print' });
  for (const item of article.faq) {
    expect(await page.getByText(item.answer[0]!, { exact: true }).isVisible(), item.id).toBe(true);
  }
  expect(await page.getByRole('button', { name: 'Show all' }).isVisible()).toBe(false);
  const chevronsShown = await page
    .locator('[data-faq-panel]')
    .evaluateAll(
      () => [...document.querySelectorAll('svg[data-faq-control]')].filter((svg) => getComputedStyle(svg).display !== 'none').length,
    );
  expect(chevronsShown).toBe(0);

  // A related article's link prints its target after its title.
  const related = article.related.find((post) => post.href !== article.href)!;
  const printed = await page.getByRole('link', { name: related.title }).evaluate((link) => getComputedStyle(link, '::after').content);
  expect(printed).toContain(related.href);
  await page.context().close();
});
