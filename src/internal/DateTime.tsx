import { describeValue, devWarning } from './devWarning';
import { formatDate, parseDate, serverWrittenDate, type DateInput } from './dates';

export interface DateTimeProps {
  value: DateInput;
  locale?: string | undefined;
  /** For the development warning when the value is not a date. */
  component: string;
  prop: string;
  className?: string;
}

/**
 * `<time dateTime>` with the date written out in the locale. A value that is not
 * a date is shown as the author wrote it (nothing lost) and warns in development.
 */
export function DateTime({ value, locale, component, prop, className }: DateTimeProps) {
  const parsed = parseDate(value);
  if (parsed === null) {
    // Text (or a number) the author wrote stays on the page; anything else from JSON has no words to show.
    const written = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    if (process.env.NODE_ENV !== 'production') {
      devWarning(
        component,
        prop,
        written === undefined
          ? `expected a date, got ${describeValue(value)}; it is not shown.`
          : `"${written}" is not a valid date; it is shown as written.`,
      );
    }
    return written === undefined ? null : <span className={className}>{written}</span>;
  }
  return (
    <time dateTime={parsed.dateTime} data-mp-locale={locale ?? ''} className={className}>
      {/* While hydrating, the server's text: no Intl formatter to build (dates.ts). */}
      {serverWrittenDate(parsed.dateTime, locale) ?? formatDate(parsed, locale)}
    </time>
  );
}
