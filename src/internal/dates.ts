import { intlFormatter } from './intl';
import { rememberByString } from './remember';

/** A date as authors give it: an ISO string (`2026-03-14` or with a time) or a `Date`. */
export type DateInput = string | Date;

export interface ParsedDate {
  /** Machine-readable value for `<time dateTime>`: `YYYY-MM-DD`, or a full ISO instant. */
  dateTime: string;
  date: Date;
  /** True when the author gave a calendar date with no time of day. */
  dateOnly: boolean;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a `DateInput`; `null` when it is not a real date. */
export function parseDate(value: DateInput | undefined | null): ParsedDate | null {
  if (typeof value === 'string') return parseDateText(value);
  return value instanceof Date ? readDate(value, undefined) : null;
}

/** The same text always gives the same date: remembered (a page renders each date on every request). */
const parseDateText = rememberByString(500, (value) => {
  const text = value.trim();
  // A date-only ISO string is read as UTC midnight (ECMAScript's rule), as `formatDate` prints it.
  return readDate(new Date(text), DATE_ONLY.test(text) ? text : undefined);
});

function readDate(date: Date, dateOnlyText: string | undefined): ParsedDate | null {
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  // `2026-02-30` rolls over to March: not a real date.
  if (dateOnlyText !== undefined && iso.slice(0, 10) !== dateOnlyText) return null;
  return Object.freeze({ date, dateTime: dateOnlyText ?? iso, dateOnly: dateOnlyText !== undefined });
}

/**
 * Formats a date in a locale with `Intl`. Always in UTC, so the server and the
 * reader's browser print the same day and hydration matches. Remembered by
 * locale and `dateTime`: a server renders the same articles request after
 * request, and `format` was the dearest part of a `<DateTime>` there; the text
 * for one locale and date never changes.
 */
export function formatDate(parsed: ParsedDate, locale: string | undefined): string {
  return formattedDate(`${locale ?? ''}|${parsed.dateTime}`);
}

const formattedDate = rememberByString(500, (key) => {
  const at = key.indexOf('|');
  const locale = key.slice(0, at) || undefined;
  return intlFormatter(
    'date',
    locale,
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(key.slice(at + 1)));
});

/** `<DateTime>` writes the locale it formatted in here, so the client can find the server's text. */
const DATE_LOCALE_ATTRIBUTE = 'data-mp-locale';

let written: Map<string, string | null> | undefined;

/**
 * The text the server already wrote for this date in this locale, while the
 * page hydrates. Building the first `Intl` formatter of a page load costs tens
 * of milliseconds in Chromium (it loads the locale's data; bench/README.md), and
 * hydration must print exactly what the server printed anyway, so a `<DateTime>`
 * takes the text from the server's `<time>` instead. The lookup lives for the
 * task that first asks (the hydration pass), then every render formats with
 * `Intl` again, so a later change of locale or date formats afresh. Two
 * different texts for one date and locale mean no answer.
 */
export function serverWrittenDate(dateTime: string, locale: string | undefined): string | undefined {
  if (typeof document === 'undefined') return undefined;
  if (written === undefined) {
    const found = new Map<string, string | null>();
    for (const time of document.querySelectorAll(`time[${DATE_LOCALE_ATTRIBUTE}]`)) {
      const key = `${time.getAttribute(DATE_LOCALE_ATTRIBUTE)}|${time.getAttribute('datetime')}`;
      const text = time.textContent ?? '';
      found.set(key, found.has(key) && found.get(key) !== text ? null : text);
    }
    written = found;
    setTimeout(() => {
      written = undefined;
    }, 0);
  }
  return written.get(`${locale ?? ''}|${dateTime}`) ?? undefined;
}
