import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useBrowser } from './harness/session';

/**
 * Hostile CMS HTML (tests/browser/harness/contentPages.tsx) converted by
 * articleFromHtml and rendered by Article on the server: in Chromium, no
 * payload runs, before or after hydration, and none navigates, opens a dialog
 * or fetches a URL.
 */
const { open } = useBrowser();

interface Watch {
  ran: () => Promise<string[]>;
  dialogs: string[];
  requests: string[];
  navigations: string[];
}

/** Installs `top.__pwned` before any page script and records dialogs, requests and navigations. */
function watch(page: Page): Watch {
  const dialogs: string[] = [];
  const requests: string[] = [];
  const navigations: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (/pwned|evil/i.test(request.url())) requests.push(request.url());
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  return {
    ran: () => page.evaluate(() => (window as unknown as { __PWNED__?: string[] }).__PWNED__ ?? []),
    dialogs,
    requests,
    navigations,
  };
}

const installFlag = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { __PWNED__: string[]; __pwned: (name: string) => void };
    w.__PWNED__ = [];
    w.__pwned = (name) => w.__PWNED__.push(name);
  });

/** Clicks every link and button the payloads labelled "click-me-…" that survived as text, and every FAQ question. */
async function clickEverything(page: Page) {
  for (const target of await page.getByText(/click-me-/).all()) {
    await target.click({ timeout: 2_000, noWaitAfter: true }).catch(() => undefined);
  }
  for (const button of await page.getByRole('button').all()) {
    await button.click({ timeout: 2_000 }).catch(() => undefined);
  }
  // Time for a meta refresh, an onerror of a failed image or a delayed animation to fire.
  await page.waitForTimeout(1_200);
}

async function expectNothingRan(page: Page, seen: Watch, startUrl: string, problems: string[]) {
  expect(await seen.ran(), 'payloads that ran').toEqual([]);
  expect(seen.dialogs, 'dialogs opened').toEqual([]);
  expect(seen.requests, 'requests a payload made').toEqual([]);
  // A link to a fragment of the page itself is not a navigation away.
  const withoutHash = (url: string) => url.split('#')[0];
  expect(withoutHash(page.url()), 'the page navigated').toBe(startUrl);
  expect(
    seen.navigations.map(withoutHash).filter((url) => url !== startUrl),
    'navigations',
  ).toEqual([]);
  expect(withoutHash(await page.evaluate(() => document.baseURI)), 'a base tag changed the base URL').toBe(startUrl);

  const dom = await page.evaluate(() => {
    const root = document.getElementById('root')!;
    const handlers = [...root.querySelectorAll('*')].flatMap((el) =>
      el
        .getAttributeNames()
        .filter((name) => /^on/i.test(name))
        .map((name) => `${el.tagName}[${name}]`),
    );
    const urls = [...root.querySelectorAll('[href], [src], [action], [formaction], [srcset], [data], [xlink\\:href]')].flatMap((el) =>
      ['href', 'src', 'action', 'formaction', 'srcset', 'data', 'xlink:href']
        .map((name) => el.getAttribute(name) ?? '')
        // eslint-disable-next-line no-control-regex -- a browser ignores leading control characters in a URL, so the check does too
        .filter((value) => /^[\s\u0000-\u001f]*(?:j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|vbscript|data:text)/i.test(value)),
    );
    const executable = [
      ...root.querySelectorAll(
        'script:not([type="application/ld+json"]), iframe, object, embed, form, base, meta, link, style, template, noscript, math, svg:not([aria-hidden="true"])',
      ),
    ].map((el) => el.tagName);
    return { handlers, urls, executable, styled: root.querySelectorAll('[style*="url("]').length };
  });
  expect(dom.handlers, 'handler attributes').toEqual([]);
  expect(dom.urls, 'script URLs').toEqual([]);
  expect(dom.executable, 'executable or page-changing elements').toEqual([]);
  expect(dom.styled, 'style attributes with URLs').toBe(0);
  // Console errors a payload could cause (a missing function, a blocked frame), and hydration warnings.
  expect(
    problems.filter((problem) => !/Failed to load resource/.test(problem)),
    'console problems',
  ).toEqual([]);
}

it('converted hostile HTML runs nothing in the server-rendered page', async () => {
  const { page, problems } = await open('/hostileContent?script=off', { waitForHydration: false, before: installFlag });
  const seen = watch(page);
  const startUrl = page.url();
  // The author's own words are there: only the payloads went.
  for (const text of ['An intro paragraph an author wrote.', 'A section paragraph an author wrote.', 'Details text.']) {
    expect(await page.getByText(text).first().isVisible(), text).toBe(true);
  }
  await clickEverything(page);
  await expectNothingRan(page, seen, startUrl, problems);
  await page.context().close();
});

it('converted hostile HTML runs nothing after hydration, and hydrates without warnings', async () => {
  const { page, problems } = await open('/hostileContent', { before: installFlag });
  const seen = watch(page);
  const startUrl = page.url();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('A hostile page');
  await clickEverything(page);
  await expectNothingRan(page, seen, startUrl, problems);
  // The answer the author wrote survived in its accordion and opens.
  const question = page.getByRole('button', { name: 'Is this question safe?' });
  if ((await question.getAttribute('aria-expanded')) !== 'true') await question.click();
  expect(await page.getByText('An answer paragraph an author wrote.').isVisible()).toBe(true);
  await page.context().close();
});
