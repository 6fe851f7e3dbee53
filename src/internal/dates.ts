import { intlFormatter } from './intl';
import { rememberByString } from './remember';

/** A date as authors give it: an ISO string (`2026-03-14` or with a time) or a `Date`. */
export type DateInput = string | Date;

export interface ParsedDate {
  /**
   * Machine-readable value for `<time dateTime>` and JSON-LD: `YYYY-MM-DD`, an instant with the offset it was
   * written with (`2024-03-18T21:30:00-04:00`), a UTC instant (`…Z`, also for a `Date`), or a time with no offset
   * as written (a floating local time).
   */
  dateTime: string;
  /** The instant. A time written with no offset is read as if in UTC, so every machine reads the same one. */
  date: Date;
  /** True when the author gave a calendar date with no time of day. */
  dateOnly: boolean;
  /**
   * The calendar day the page shows, `YYYY-MM-DD`: the day as written in the string (with an offset, the day where
   * it was written: the publisher's), the UTC day of a `Z` instant or a `Date`. The same on every machine.
   */
  day: string;
}

/** An ISO 8601 date, or date and time with an optional offset, as authors and CMSs write them. */
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Parses a `DateInput`; `null` when it is not a real date. */
export function parseDate(value: DateInput | undefined | null): ParsedDate | null {
  if (typeof value === 'string') return parseDateText(value);
  return value instanceof Date ? utcDate(value) : null;
}

/** The same text always gives the same date: remembered (a page renders each date on every request). */
const parseDateText = rememberByString(500, (value) => {
  const text = value.trim();
  const iso = ISO.exec(text);
  // Other text (`March 4, 2026`) is left to `Date`, read as an instant in UTC as before.
  if (iso === null) return utcDate(new Date(text));
  const [, day, time, seconds = ':00', zone] = iso as unknown as [
    string,
    string,
    string | undefined,
    string | undefined,
    string | undefined,
  ];
  // The fields as written, read as if in UTC: `Date` checks them (`2026-02-30` rolls over to March, `25:00` is
  // no time), so a day that changes is not a real date.
  const written = utcDate(new Date(`${day}T${time ?? '00:00'}${seconds}Z`));
  if (written === null || written.day !== day) return null;
  if (time === undefined) return Object.freeze({ ...written, dateTime: day, dateOnly: true });
  // `Z`: as `toISOString` writes it, as it always was. No offset: a floating local time, as written.
  if (zone?.toUpperCase() === 'Z') return written;
  const local = written.dateTime.slice(0, seconds.length > 3 ? 23 : 19);
  if (zone === undefined) return Object.freeze({ ...written, dateTime: local });
  // The offset kept as written (`-04:00`): the reader's machine needs it for the instant; the page shows the day.
  const dateTime = `${local}${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const date = new Date(dateTime);
  return Number.isNaN(date.getTime()) ? null : Object.freeze({ date, dateTime, dateOnly: false, day });
});

function utcDate(date: Date): ParsedDate | null {
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return Object.freeze({ date, dateTime: iso, dateOnly: false, day: iso.slice(0, 10) });
}

/**
 * Formats a date's `day` in a locale with `Intl` (as a UTC midnight, in UTC),
 * so the server and the reader's browser print the same day whatever their
 * time zones, and hydration matches. Remembered by locale and day: a server
 * renders the same articles request after request, and `format` was the
 * dearest part of a `<DateTime>` there; the text for one locale and day never
 * changes.
 */
export function formatDate(parsed: ParsedDate, locale: string | undefined): string {
  return formattedDate(`${locale ?? ''}|${parsed.day}`);
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
