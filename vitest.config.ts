import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/**
 * Vitest browser mode in Debian's Chromium (see ../shared/STACK.md). A fresh
 * object per project: Vitest writes each project's name into its instances.
 */
const chromiumBrowser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
});

/** Every story as a test (render, play function, axe), in one colour theme. */
const storiesProject = (theme: 'light' | 'dark') => ({
  plugins: [storybookTest({ configDir: '.storybook' })],
  // Read by .storybook/preview.tsx as the initial theme.
  define: { __MEDPROSE_STORY_THEME__: JSON.stringify(theme) },
  test: {
    name: `stories-${theme}`,
    browser: chromiumBrowser(),
    // The first story of a file waits for Vite to transform its modules; on a loaded 2-core machine that can take long.
    testTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    // `default` and a guard that fails the run when a file it was given never ran (a browser that did not start).
    // A `--reporter` on the command line replaces this list: pass the guard too (.ci/run does).
    reporters: ['default', './tests/harness/everyFileRan.ts'],
    // How long Vitest waits for each browser session to connect (default 60 s; read from this root config only, not
    // from a project's). Three browser projects start Chromium together on 2 shared cores; under load one took longer
    // than 60 s and its files never ran. Should one still fail, everyFileRan reports its files as failed.
    browser: { connectTimeout: 180_000 },
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/browser/**', 'tests/screenshots/**', 'tests/wordpress/**'],
          setupFiles: ['tests/setup.ts'],
          globals: false,
          restoreMocks: true,
          // axe over a whole article page takes seconds on a busy 2-core machine.
          testTimeout: 20_000,
          // In development styled-components appends each rule to its <style> as a text node, and jsdom
          // reparses the whole sheet on every append (136 times for the sample page). Production uses
          // CSSOM insertRule, which jsdom parses once per rule: the same CSS, about half the render cost.
          env: { SC_DISABLE_SPEEDY: 'false' },
        },
      },
      storiesProject('light'),
      storiesProject('dark'),
      {
        // Screenshots of the key stories, compared with committed baselines.
        // Update them with `npm run test:screenshots:update` after a deliberate change.
        test: {
          name: 'screenshots',
          include: ['tests/screenshots/**/*.screenshot.test.tsx'],
          browser: {
            ...chromiumBrowser(),
            // A window larger than any tested viewport, so the test frame is never scaled down.
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
              contextOptions: { viewport: { width: 1400, height: 2600 } },
            }),
            expect: {
              toMatchScreenshot: {
                comparatorName: 'pixelmatch',
                // A loaded 2-core machine needs time for two identical captures in a row.
                timeout: 30_000,
                // Anti-aliasing may differ by a few pixels between runs; a layout change moves far more.
                comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.002 },
              },
            },
          },
        },
      },
      {
        // Server-rendered pages driven in Chromium through Playwright, from Node.
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          globalSetup: ['tests/browser/harness/buildClient.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // A live WordPress 6.1 (Debian's packages, a private MariaDB, PHP's built-in server) started once for the
        // run by the global setup; its posts are fetched with ?_embed, converted, rendered and checked in Chromium.
        test: {
          name: 'wordpress',
          environment: 'node',
          include: ['tests/wordpress/**/*.test.{ts,tsx}'],
          globalSetup: ['tests/wordpress/harness/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
