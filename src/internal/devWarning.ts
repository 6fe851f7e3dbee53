const alreadyWarned = new Set<string>();

/**
 * True unless the publisher's bundler says this is a production build. Only the
 * plain `process.env.NODE_ENV` expression is replaced by bundlers (webpack, Vite,
 * esbuild, Next.js, as React's own code needs), so a production bundle folds it to
 * `false`; a `typeof process` test would stay true in browsers and keep warning.
 */
export function isDevelopment(): boolean {
  return process.env.NODE_ENV !== 'production';
}

/**
 * Development-only console warning that names the component and the prop, once
 * per distinct message so a list of bad items does not flood the console.
 * Call it as `if (process.env.NODE_ENV !== 'production') devWarning(…)`: written at
 * the call site, the test lets a production bundle drop the call and its message
 * (about 1.1 kB gzip on the sample page; decision 0019).
 */
export function devWarning(component: string, prop: string, message: string): void {
  if (!isDevelopment()) return;
  const text = `[medprose] <${component}> \`${prop}\`: ${message}`;
  if (alreadyWarned.has(text)) return;
  alreadyWarned.add(text);
  console.warn(text);
}

/** For tests: forget which warnings were shown. */
export function resetDevWarnings(): void {
  alreadyWarned.clear();
}
