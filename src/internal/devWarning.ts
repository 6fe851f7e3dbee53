const alreadyWarned = new Set<string>();

/** True unless the consumer's bundler (or Node's environment) says this is a production build. */
export function isDevelopment(): boolean {
  // Written out in full so bundlers replace it: they define `process.env.NODE_ENV` for the browser but leave
  // `process` itself undefined there, so a `typeof process` test made every production browser build a development one.
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    // No bundler replacement and no `process` (a plain browser script): development.
    return true;
  }
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

/** A value as a warning names it, safe for anything JSON can hold (`String` throws on `{ "toString": null }`). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'an invalid Date';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** For tests: forget which warnings were shown. */
export function resetDevWarnings(): void {
  alreadyWarned.clear();
}
