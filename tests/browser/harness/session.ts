import type { Browser, BrowserContextOptions, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { startServer, type TestServer } from './server';

export interface OpenedPage {
  page: Page;
  /** Every console error and warning the page logged, and uncaught errors. */
  problems: string[];
}

/**
 * One Chromium and one test server per test file. `open` loads a page in a
 * fresh context and, with JavaScript on, waits until it has hydrated.
 */
export function useBrowser() {
  let browser: Browser;
  let server: TestServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(
    path: string,
    options: BrowserContextOptions & { waitForHydration?: boolean; before?: (page: Page) => Promise<unknown> } = {},
  ): Promise<OpenedPage> {
    const { waitForHydration = options.javaScriptEnabled !== false, before, ...contextOptions } = options;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await before?.(page);
    await page.goto(server.url + path);
    if (waitForHydration) await page.waitForFunction(() => window.__MEDPROSE_HYDRATED__ === true);
    return { page, problems };
  }

  return { open, url: () => server.url };
}
