import { expect, it } from 'vitest';
import { ketamineArticle as article } from '../../stories/fixtures/ketamineArticle';
import { useBrowser } from './harness/session';

const { open } = useBrowser();

it('without JavaScript, questions are headings over visible answers: no toggle, no "collapsed"', async () => {
  const { page } = await open('/article', { javaScriptEnabled: false });
  for (const item of article.faq) {
    expect(await page.getByRole('heading', { name: item.question, exact: true }).isVisible(), item.question).toBe(true);
    expect(await page.getByRole('button', { name: item.question }).count(), item.question).toBe(0);
    expect(await page.getByText(item.answer[0]!, { exact: true }).isVisible()).toBe(true);
  }
  // Nothing the reader (or a screen reader) can reach says expanded or collapsed.
  const claims = await page
    .locator('[aria-expanded]')
    .evaluateAll((elements) =>
      elements.filter((element) => getComputedStyle(element).display !== 'none').map((element) => element.outerHTML.slice(0, 80)),
    );
  expect(claims).toEqual([]);
  await page.context().close();
});

it('the questions become toggles in the same place when the page hydrates, with no layout shift', async () => {
  const boxes = (page: import('playwright-core').Page) =>
    page.evaluate(
      (ids) => ids.map((id) => JSON.stringify(document.getElementById(`${id}-question`)!.getBoundingClientRect())),
      article.faq.map((item) => item.id),
    );
  const before = await open('/article?script=off', { waitForHydration: false });
  expect(await before.page.locator('[data-faq-trigger]').evaluateAll((elements) => elements.map((element) => element.tagName))).toEqual(
    article.faq.map(() => 'SPAN'),
  );
  const boxesBefore = await boxes(before.page);
  await before.page.context().close();

  const { page, problems } = await open('/article', {
    before: (page) =>
      page.addInitScript(() => {
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
            (window as unknown as { __cls: number }).__cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      }),
  });
  for (const item of article.faq) {
    const button = page.getByRole('button', { name: item.question, exact: true });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.getAttribute('aria-controls')).toBe(`${item.id}-answer`);
  }
  expect(await boxes(page)).toEqual(boxesBefore);
  expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
  expect(problems).toEqual([]);
  await page.context().close();
});

it('rememberOpen: a reader who comes back in the same tab finds the same questions open, restored after hydration', async () => {
  const [first, second] = [article.faq[1]!, article.faq[3]!];
  const { page, problems } = await open('/faqRemember');
  await page.getByRole('button', { name: first.question, exact: true }).click();
  await page.getByRole('button', { name: second.question, exact: true }).click();
  await page.getByRole('button', { name: second.question, exact: true }).click();

  // Away and back: a reload keeps the tab's sessionStorage.
  await page.reload();
  await page.waitForFunction(() => window.__MEDPROSE_HYDRATED__ === true);
  expect(await page.getByRole('button', { name: first.question, exact: true }).getAttribute('aria-expanded')).toBe('true');
  expect(await page.getByText(first.answer[0]!, { exact: true }).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: second.question, exact: true }).getAttribute('aria-expanded')).toBe('false');
  // The server still sent every answer closed: the remembered state is the browser's alone.
  const html = await (await page.request.get(page.url())).text();
  expect(html).toMatch(new RegExp(`data-state="closed" id="${first.id}-answer"`));
  expect(problems).toEqual([]);

  // A new tab starts afresh.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await other.waitForFunction(() => window.__MEDPROSE_HYDRATED__ === true);
  expect(await other.getByRole('button', { name: first.question, exact: true }).getAttribute('aria-expanded')).toBe('false');
  await page.context().close();
});
