import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useBrowser } from './harness/session';

const { open } = useBrowser();

/** A reader's 200% text: every size in the library is in rem. */
const TEXT_200 = 'html { font-size: 200% !important; }';

/**
 * The line boxes a stretch of text lands on: the distinct tops of its
 * glyph rectangles (Range.getClientRects gives one per line fragment).
 */
const LINES_OF_RANGE = `(node, start, end) => {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
  return new Set(tops).size;
}`;

/** Each help-line number in a call or text link that sits on more than one line. */
function brokenNumbers(page: Page) {
  return page.evaluate((linesOf) => {
    const lines = new Function(`return ${linesOf}`)() as (node: Node, start: number, end: number) => number;
    const numbers = [...document.querySelectorAll('a[href^="tel:"] bdi, a[href^="sms:"] bdi')];
    const broken = numbers
      .map((number) => ({ text: number.textContent ?? '', count: lines(number, 0, number.childNodes.length) }))
      .filter(({ count }) => count !== 1)
      .map(({ text, count }) => `"${text}" on ${count} lines`);
    return { broken, count: numbers.length };
  }, LINES_OF_RANGE);
}

/** Each word in a help-line list whose letters sit on more than one line. */
function splitWords(page: Page) {
  return page.evaluate((linesOf) => {
    const lines = new Function(`return ${linesOf}`)() as (node: Node, start: number, end: number) => number;
    const split: string[] = [];
    for (const list of document.querySelectorAll('ul')) {
      if (!list.querySelector('a[href^="tel:"]')) continue;
      const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const count = lines(node, match.index, match.index + match[0].length);
          if (count > 1) split.push(`"${match[0]}" on ${count} lines`);
        }
      }
    }
    return split;
  }, LINES_OF_RANGE);
}

it('at 320 px with 200% text, no help-line number wraps and no word in a help-line list is split', async () => {
  const { page } = await open('/helplines', { viewport: { width: 320, height: 640 } });
  await page.addStyleTag({ content: TEXT_200 });
  const { broken, count } = await brokenNumbers(page);
  // GB, US, CA and AU lines, in two boxes; some can also be texted.
  expect(count).toBeGreaterThanOrEqual(2 * 8);
  expect(broken.join(', ')).toBe('');
  expect((await splitWords(page)).join(', ')).toBe('');
  // Kept whole, the numbers still fit: nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await page.context().close();
});

it('the numbers keep their accessible text and tel: links', async () => {
  const { page } = await open('/helplines', { viewport: { width: 320, height: 640 } });
  for (const [name, href] of [
    ['Call 116 123', 'tel:116123'],
    ['Call 9-8-8', 'tel:988'],
    ['Call 9-1-1', 'tel:911'],
    ['Call 13 11 14', 'tel:131114'],
  ]) {
    const links = page.getByRole('link', { name, exact: true });
    expect(await links.count(), name).toBe(2);
    expect(await links.first().getAttribute('href'), name).toBe(href);
  }
  await page.context().close();
});
