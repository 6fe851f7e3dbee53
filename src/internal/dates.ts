import { intlFormatter } from './intl';

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
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? null
      : { date: value, dateTime: value.toISOString(), dateOnly: false };
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (DATE_ONLY.test(text)) {
    const date = new Date(`${text}T00:00:00Z`);
    // Reject rolled-over dates such as 2026-02-31.
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) return null;
    return { date, dateTime: text, dateOnly: true };
  }
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : { date, dateTime: date.toISOString(), dateOnly: false };
}

/**
 * Formats a date in a locale with `Intl`. Always in UTC, so the server and the
 * reader's browser print the same day and hydration matches.
 */
export function formatDate(parsed: ParsedDate, locale: string | undefined): string {
  return intlFormatter(
    'date',
    locale,
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  ).format(parsed.date);
}
