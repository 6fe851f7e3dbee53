import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './tests/browser/harness/chromium';

/** Vitest browser mode in Debian's Chromium (see ../shared/STACK.md). */
const chromiumBrowser = {
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
};

/** Every story as a test (render, play function, axe), in one colour theme. */
const storiesProject = (theme: 'light' | 'dark') => ({
  plugins: [storybookTest({ configDir: '.storybook' })],
  // Read by .storybook/preview.tsx as the initial theme.
  define: { __MEDPROSE_STORY_THEME__: JSON.stringify(theme) },
  test: { name: `stories-${theme}`, browser: chromiumBrowser },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/browser/**'],
          setupFiles: ['tests/setup.ts'],
          globals: false,
          restoreMocks: true,
        },
      },
      storiesProject('light'),
      storiesProject('dark'),
      {
        // Server-rendered pages driven in Chromium through Playwright, from Node.
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          globalSetup: ['tests/browser/harness/buildClient.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
