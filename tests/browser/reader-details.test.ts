// The small things a reader on a phone meets (issue 22, item 6), measured in Chromium at 390 px: citation marks
// big enough to hit without spreading the lines, reference URLs that wrap at their slashes and dots, long FAQ
// questions set smaller, a CMS table with rules, and the Gutenberg story's notes beside or below the article.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useBrowser } from './harness/session';

const { open } = useBrowser();

const PHONE = { width: 390, height: 844 };

it('gives each citation mark a 24 × 24 px target (WCAG 2.5.8) and leaves the lines of its paragraph evenly spaced', async () => {
  const { page } = await open('/fullArticle', { viewport: PHONE });
  const marks = await page
    .locator('[data-medprose-cite] a')
    .evaluateAll((links) => links.map((link) => ({ name: link.getAttribute('aria-label') })));
  expect(marks.length).toBeGreaterThanOrEqual(5);
  // Every point of a 24 × 24 square centred on the digits (1 px inside its edges) reaches the link; each mark is
  // scrolled into view first, as elementFromPoint sees only the screen.
  for (let index = 0; index < marks.length; index++) {
    await page.locator('[data-medprose-cite] a').nth(index).scrollIntoViewIfNeeded();
    const misses = await page
      .locator('[data-medprose-cite] a')
      .nth(index)
      .evaluate((link) => {
        const text = document.createRange();
        text.selectNodeContents(link);
        const glyphs = text.getBoundingClientRect();
        const [cx, cy] = [glyphs.left + glyphs.width / 2, glyphs.top + glyphs.height / 2];
        const out: string[] = [];
        for (const dx of [-11, -6, 0, 6, 11]) {
          for (const dy of [-11, -6, 0, 6, 11]) {
            const hit = document.elementFromPoint(cx + dx, cy + dy);
            if (hit !== link && !link.contains(hit))
              out.push(`${dx},${dy}: ${hit?.tagName ?? 'nothing'} ${hit?.textContent?.slice(0, 20)}`);
          }
        }
        return out;
      });
    expect(misses, `${marks[index]!.name}`).toEqual([]);
  }

  // A paragraph with marks has the same line pitch as the text around it: every line box of it is as tall as a
  // line of the same paragraph without its marks.
  const pitch = await page
    .locator('p:has([data-medprose-cite])')
    .first()
    .evaluate((paragraph) => {
      const lines = (element: Element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const tops = [...new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom)))].sort((a, b) => a - b);
        return { height: element.getBoundingClientRect().height, lines: tops.length };
      };
      const withMarks = lines(paragraph);
      const copy = paragraph.cloneNode(true) as HTMLElement;
      for (const mark of copy.querySelectorAll('[data-medprose-cite]')) mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
      paragraph.after(copy);
      const withoutMarks = lines(copy);
      copy.remove();
      return { withMarks, withoutMarks, lineHeight: parseFloat(getComputedStyle(paragraph).lineHeight) };
    });
  // Same lines, each one line-height tall: the marks' taller target adds no leading.
  expect(pitch.withMarks.height).toBeCloseTo(pitch.withoutMarks.height, 0);
  expect(pitch.withMarks.height / pitch.lineHeight).toBeCloseTo(Math.round(pitch.withMarks.height / pitch.lineHeight), 1);
  await page.context().close();
});

/** A line break beside a URL's punctuation (after `//`, a hyphen or `?`, before `/ . ? # & =`), not inside a word. */
const BETWEEN_PARTS = /^(\/\|[^/]|[-?]\|.|.\|[/.?#&=])$/u;

/** Where each line of an element's text starts: the characters on either side of every line break. */
async function lineBreaks(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((links) =>
    links.map((link) => {
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      const characters: { char: string; bottom: number }[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.textContent!.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (rect) characters.push({ char: node.textContent![i]!, bottom: Math.round(rect.bottom) });
        }
      }
      const breaks: string[] = [];
      for (let i = 1; i < characters.length; i++) {
        if (characters[i]!.bottom > characters[i - 1]!.bottom + 2) breaks.push(`${characters[i - 1]!.char}|${characters[i]!.char}`);
      }
      return { text: link.textContent ?? '', breaks, right: link.getBoundingClientRect().right };
    }),
  );
}

it('wraps reference URLs at 390 px between their parts (after //, a hyphen or ?; before / . ? # & =), never mid-word, inside the screen', async () => {
  const { page } = await open('/fullArticle', { viewport: PHONE });
  const urls = await lineBreaks(page, '[id^="ref-"] a[href^="http"]');
  const long = urls.filter((url) => url.breaks.length > 0);
  // The sample's FDA and WHO addresses are longer than a phone's line.
  expect(long.length).toBeGreaterThanOrEqual(2);
  for (const url of urls) {
    expect(url.right, url.text).toBeLessThanOrEqual(PHONE.width);
    // A hyphen already in the address is the browser's own break opportunity: nothing is added to the address.
    for (const at of url.breaks) expect(at, `${url.text} breaks at ${at}`).toMatch(BETWEEN_PARTS);
  }
  // What the link says is still the address, character for character.
  const fda = urls.find((url) => url.text.includes('fda.gov'))!;
  expect(fda.text).toBe(
    'https://www.fda.gov/news-events/press-announcements/fda-approves-new-nasal-spray-medication-treatment-resistant-depression-available-only-certified',
  );
  await page.context().close();

  // An address whose parts are runs of letters and dots longer than the line: only the <wbr>s let it break there,
  // and no URL is ever hyphenated (a phone with hyphenation dictionaries would add a character to the address).
  const dotted = await open('/referenceUrls', { viewport: PHONE });
  const addresses = await lineBreaks(dotted.page, '[id^="ref-"] a[href^="http"]');
  expect(addresses).toHaveLength(2);
  expect(addresses.map((url) => url.breaks.length).every((count) => count >= 2)).toBe(true);
  for (const url of addresses) {
    expect(url.right, url.text).toBeLessThanOrEqual(PHONE.width);
    for (const at of url.breaks) expect(at, `${url.text} breaks at ${at}`).toMatch(BETWEEN_PARTS);
  }
  expect(
    await dotted.page.locator('[id^="ref-"] a[href^="http"]').evaluateAll((links) => links.map((link) => getComputedStyle(link).hyphens)),
  ).toEqual(['manual', 'manual']);
  await dotted.page.context().close();
});

it('sets a long FAQ question in a smaller, lighter type than a short one, at most four lines at 390 px', async () => {
  const { page } = await open('/everyPart', { viewport: PHONE });
  const questions = await page.locator('[data-faq-question]').evaluateAll((headings) =>
    headings.map((heading) => {
      const trigger = heading.querySelector('[data-faq-trigger] > span')!;
      const style = getComputedStyle(trigger);
      const range = document.createRange();
      range.selectNodeContents(trigger);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom))).size;
      return {
        text: trigger.textContent ?? '',
        long: heading.hasAttribute('data-faq-long'),
        size: parseFloat(style.fontSize),
        weight: Number(style.fontWeight),
        lines,
      };
    }),
  );
  const long = questions.filter((question) => question.text.length > 70);
  const short = questions.filter((question) => question.text.length <= 70);
  expect(long.length).toBeGreaterThan(2);
  expect(short.length).toBeGreaterThan(0);
  for (const question of long) {
    expect(question.long, question.text).toBe(true);
    expect(question.size, question.text).toBeLessThan(short[0]!.size);
    expect(question.weight, question.text).toBeLessThan(short[0]!.weight);
    expect(question.lines, question.text).toBeLessThanOrEqual(4);
  }
  await page.context().close();
});

it('draws rules under a CMS table’s header and between its rows', async () => {
  const { page } = await open('/wordpressBlocks', { viewport: PHONE });
  const table = page.locator('article table').first();
  const rules = await table.evaluate((element) => {
    const cell = (selector: string) => {
      const style = getComputedStyle(element.querySelector(selector)!);
      return { width: parseFloat(style.borderBottomWidth), style: style.borderBottomStyle, color: style.borderBottomColor };
    };
    return {
      collapse: getComputedStyle(element).borderCollapse,
      header: cell('th'),
      body: cell('tbody td'),
      page: getComputedStyle(document.body).backgroundColor,
    };
  });
  expect(rules.collapse).toBe('collapse');
  expect(rules.header.style).toBe('solid');
  expect(rules.header.width).toBeGreaterThanOrEqual(1);
  expect(rules.body.style).toBe('solid');
  expect(rules.body.width).toBeGreaterThanOrEqual(1);
  expect(rules.body.color).not.toBe(rules.page);
  await page.context().close();
});

for (const viewport of [PHONE, { width: 1280, height: 900 }, { width: 1024, height: 800 }]) {
  it(`keeps the Gutenberg story's converter notes off the article at ${viewport.width} px, its embed included`, async () => {
    const { page } = await open('/gutenbergStory', { viewport });
    const boxes = await page.evaluate(() => {
      const notes = document.querySelector('aside[aria-labelledby="converter-notes"]')!.getBoundingClientRect();
      const article = [...document.querySelectorAll('iframe, article h1, article p, article table, article figure')].map((element) => ({
        tag: element.tagName,
        rect: element.getBoundingClientRect().toJSON() as DOMRect,
      }));
      return { notes: notes.toJSON() as DOMRect, article };
    });
    expect(boxes.article.some((box) => box.tag === 'IFRAME')).toBe(true);
    const overlapping = boxes.article.filter(({ rect }) => {
      const x = Math.min(rect.right, boxes.notes.right) - Math.max(rect.left, boxes.notes.left);
      const y = Math.min(rect.bottom, boxes.notes.bottom) - Math.max(rect.top, boxes.notes.top);
      return x > 0.5 && y > 0.5;
    });
    expect(overlapping).toEqual([]);
    await page.context().close();
  });
}
