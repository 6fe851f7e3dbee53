const alreadyWarned = new Set<string>();

/** True unless the consumer's bundler says this is a production build. */
export function isDevelopment(): boolean {
  return typeof process === 'undefined' || process.env?.NODE_ENV !== 'production';
}

/**
 * Development-only console warning that names the component and the prop, once
 * per distinct message so a list of bad items does not flood the console.
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
