import type { TestProject } from 'vitest/node';
import type { WordPressManifest } from './manifest';
import { startWordPress } from './site.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    wordpress: { url: string; manifest: WordPressManifest };
  }
}

/**
 * The `wordpress` project's global setup: one live site for every test file, stopped after the run. Without
 * Debian's packages it fails, naming the apt-get command: a missing WordPress must not pass as a skipped suite.
 */
export default async function setup(project: TestProject) {
  const site = await startWordPress({ log: (message) => console.log(`[wordpress] ${message}`) });
  project.provide('wordpress', { url: site.url, manifest: site.manifest });
  return async () => {
    await site.stop();
  };
}
