// A browser project whose session can never connect in time (1 ms), for tests/harness/everyFileRan.test.ts: its one
// file never runs, as when Chromium does not start under load.
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    reporters: ['default', '../everyFileRan.ts'],
    // Vitest reads connectTimeout from the root config (project.vitest.config.browser), not from a project's.
    browser: { connectTimeout: Number(process.env.MEDPROSE_BROWSER_CONNECT_TIMEOUT ?? 1) },
    projects: [
      {
        test: {
          name: 'never-connects',
          include: ['*.fixture.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
