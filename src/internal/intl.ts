const formatters = new Map<string, unknown>();

/**
 * One `Intl` formatter per kind and locale, made on first use. Building a
 * formatter costs far more than using one (bench/README.md), and a page formats
 * many dates, numbers and lists in the same few locales.
 */
export function intlFormatter<T>(kind: string, locale: string | undefined, create: () => T): T {
  const key = `${kind}|${locale ?? ''}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}
