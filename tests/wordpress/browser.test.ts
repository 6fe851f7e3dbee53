import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import type { PostName } from './harness/manifest';
import { documentHtml, liveArticle, postNames, wordpress } from './live';

/**
 * The live posts as a reader's phone and desktop show them: each converted with articleFromWordPress, rendered by
 * react-dom/server, served from 127.0.0.1 and opened in Debian's Chromium (server HTML and CSS, no client script) at
 * 320, 375 and 1280 px, with its images loaded from the live WordPress.
 */
const { manifest, url: siteUrl } = wordpress();
const readable = postNames().filter((name) => !manifest.posts[name].protected);
const widths = [320, 375, 1280];

let browser: Browser;
let server: http.Server;
let serverUrl = '';
const documents = new Map<string, string>();

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const html = documents.get(request.url ?? '');
    if (html === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Renders a live post and serves it at /<key>. */
async function serve(key: string, name: PostName, options: Parameters<typeof liveArticle>[1] = {}) {
  if (!documents.has(`/${key}`)) {
    const live = await liveArticle(name, options);
    documents.set(`/${key}`, documentHtml(live.page, live.result.article.title as string));
  }
  return `${serverUrl}/${key}`;
}

/** A fresh page at `width`: only this server and the live WordPress answer; every other host (YouTube) is refused. */
async function open(pageUrl: string, width: number, before?: (page: Page) => Promise<unknown>) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const allowed = new Set([new URL(serverUrl).host, new URL(siteUrl).host]);
  await context.route('**/*', (route) => (allowed.has(new URL(route.request().url()).host) ? route.continue() : route.abort()));
  const page = await context.newPage();
  await before?.(page);
  await page.goto(pageUrl, { waitUntil: 'load' });
  return page;
}

interface Layout {
  /** How far the page scrolls sideways. */
  overflow: number;
  /** Elements that reach past the screen's edges and do not scroll inside a box that fits. */
  wider: string[];
  /** Content clipped by a box that hides overflow (the reader cannot scroll to it). */
  cutOff: string[];
  /** Images and embeds of the body that leave the text column. */
  outsideColumn: string[];
  /** Images and embeds shown at another shape than their own (WordPress's width/height, 16:9 for a 16:9 embed). */
  distorted: string[];
  /** Words in table cells broken across lines mid-word. */
  brokenWords: string[];
  /** Boxes that scroll sideways but a keyboard cannot reach, or that are not a named region. */
  unreachableScrollers: string[];
}

/** Measures the open page: the checks of the issue's "no horizontal overflow at 320 px", in one pass. */
function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const root = document.getElementById('root')!;
    const describe = (element: Element) => {
      const classes =
        typeof element.className === 'string'
          ? element.className
              .trim()
              .split(/\s+/)
              .filter((name) => name !== '' && !/^[a-zA-Z]{5,6}$/.test(name))
              .slice(0, 3)
          : [];
      const src = element.getAttribute('src');
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes.map((name) => `.${name}`).join('')}${src ? `[src=…${src.slice(-40)}]` : ''}`;
    };
    const shown = (element: Element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 1 && box.height > 1;
    };
    const beyond = (box: DOMRect, left: number, right: number) => box.left < left - 1 || box.right > right + 1;
    const ancestors = function* (element: Element) {
      for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) yield parent;
    };
    const scrolls = (element: Element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
    const clips = (element: Element) => ['hidden', 'clip'].includes(getComputedStyle(element).overflowX);
    const px = (box: DOMRect) => `${Math.round(box.left)}–${Math.round(box.right)} px`;

    const wider: string[] = [];
    const cutOff: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      if (!shown(element)) continue;
      const box = element.getBoundingClientRect();
      const scroller = [...ancestors(element)].find(scrolls);
      if (beyond(box, 0, viewport) && !(scroller && !beyond(scroller.getBoundingClientRect(), 0, viewport))) {
        wider.push(`${describe(element)} ${px(box)}`);
      }
      // A box that hides overflow and is not a visually-hidden (1 px) text box cuts off what reaches past it.
      const clipper = [...ancestors(element)].find((parent) => clips(parent) && parent.getBoundingClientRect().width > 2);
      if (
        clipper &&
        clipper !== scroller &&
        beyond(box, clipper.getBoundingClientRect().left, clipper.getBoundingClientRect().right) &&
        !(scroller && clipper.contains(scroller))
      ) {
        cutOff.push(`${describe(element)} ${px(box)} in ${describe(clipper)} ${px(clipper.getBoundingClientRect())}`);
      }
    }

    const outsideColumn: string[] = [];
    const distorted: string[] = [];
    const column = document.querySelector('.mp-Article-TextColumn');
    for (const media of column?.querySelectorAll('img, iframe, video') ?? []) {
      const box = media.getBoundingClientRect();
      const columnBox = column!.getBoundingClientRect();
      if (!shown(media)) continue;
      if (beyond(box, columnBox.left, columnBox.right)) outsideColumn.push(`${describe(media)} ${px(box)} (column ${px(columnBox)})`);
      const fit = getComputedStyle(media).objectFit;
      const width = Number(media.getAttribute('width'));
      const height = Number(media.getAttribute('height'));
      const sixteenByNine = media.tagName === 'IFRAME' && media.closest('.wp-embed-aspect-16-9') !== null;
      const expected = sixteenByNine
        ? 16 / 9
        : width > 0 && height > 0 && fit !== 'cover' && fit !== 'contain'
          ? width / height
          : undefined;
      if (expected !== undefined && Math.abs(box.width / box.height - expected) / expected > 0.02) {
        distorted.push(
          `${describe(media)} shown ${Math.round(box.width)}×${Math.round(box.height)}, its shape ${sixteenByNine ? '16:9' : `${width}×${height}`}`,
        );
      }
    }

    // A table squeezed into a phone by breaking its words mid-letter ("Corticoste|roid") does not widen the page but
    // cannot be read: a wide table scrolls instead. Hyphens, dashes and slashes are ordinary places to wrap.
    const brokenWords: string[] = [];
    for (const cell of column?.querySelectorAll('td, th') ?? []) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (const word of node.data.matchAll(/[^\s\-‐–—/]+/gu)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          if (new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size > 1)
            brokenWords.push(`"${word[0]}" in ${describe(cell)}`);
        }
      }
    }

    const unreachableScrollers: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      if (!scrolls(element) || element.scrollWidth <= element.clientWidth + 1) continue;
      const focusable =
        (element as HTMLElement).tabIndex >= 0 ||
        element.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])') !== null;
      const labelledBy = element.getAttribute('aria-labelledby');
      const named =
        (element.getAttribute('aria-label') ?? '').trim() !== '' ||
        (labelledBy !== null && labelledBy.split(/\s+/).some((id) => (document.getElementById(id)?.textContent ?? '').trim() !== ''));
      if (!focusable || element.getAttribute('role') !== 'region' || !named) {
        unreachableScrollers.push(
          `${describe(element)} (scrolls ${element.scrollWidth - element.clientWidth} px; tabindex ${(element as HTMLElement).tabIndex}, role ${element.getAttribute('role')}, ${named ? 'named' : 'no name'})`,
        );
      }
    }

    return {
      overflow: document.documentElement.scrollWidth - viewport,
      wider: wider.slice(0, 12),
      cutOff: cutOff.slice(0, 12),
      outsideColumn,
      distorted,
      brokenWords: brokenWords.slice(0, 12),
      unreachableScrollers,
    };
  });
}

const fits: Layout = { overflow: 0, wider: [], cutOff: [], outsideColumn: [], distorted: [], brokenWords: [], unreachableScrollers: [] };

describe.each(readable)('the live %s post in Chromium', (name) => {
  it.each(widths)(
    'at %i px: nothing scrolls sideways or reaches past the screen, every image and embed sits in the text column at its own shape, tables keep their words whole',
    async (width) => {
      const page = await open(await serve(name, name), width);
      try {
        expect(await measure(page)).toEqual(fits);
      } finally {
        await page.context().close();
      }
    },
  );
});

describe('the live block-editor post with YouTube allowed (allowEmbeds) in Chromium', () => {
  it.each(widths)('at %i px: the video fits the text column at 16:9 and nothing scrolls sideways', async (width) => {
    const page = await open(await serve('blocks-with-video', 'blocks', { allowEmbeds: ['www.youtube.com'] }), width);
    try {
      expect(await page.locator('.mp-Article-TextColumn iframe').count()).toBe(1);
      expect(await measure(page)).toEqual(fits);
    } finally {
      await page.context().close();
    }
  });
});

describe('the live post an administrator saved with hostile markup, in Chromium', () => {
  it('runs nothing when it loads or when its links are clicked', async () => {
    const dialogs: string[] = [];
    const page = await open(await serve('hostile', 'hostile'), 375, async (page) => {
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      // Every payload in the post calls top.__pwned(name) if it runs.
      await page.addInitScript(() => {
        const flags: string[] = [];
        Object.assign(window, { __PWNED__: flags, __pwned: (name: string) => flags.push(name) });
      });
    });
    try {
      const start = page.url();
      for (const link of await page.getByText(/click-me-/).all())
        await link.click({ timeout: 2_000, noWaitAfter: true }).catch(() => undefined);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { __PWNED__: string[] }).__PWNED__)).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(page.url().split('#')[0]).toBe(start);
    } finally {
      await page.context().close();
    }
  });
});
