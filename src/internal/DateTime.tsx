import { devWarning } from './devWarning';
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
    devWarning(component, prop, `"${String(value)}" is not a valid date; it is shown as written.`);
    return <span className={className}>{String(value)}</span>;
  }
  return (
    <time dateTime={parsed.dateTime} data-mp-locale={locale ?? ''} className={className}>
      {/* While hydrating, the server's text: no Intl formatter to build (dates.ts). */}
      {serverWrittenDate(parsed.dateTime, locale) ?? formatDate(parsed, locale)}
    </time>
  );
}
