import { describe, expect, it, vi } from 'vitest';
import { formatDate, parseDate, writeDate } from '../../src/internal/dates';
import { isSamePage } from '../../src/internal/sameUrl';

describe('parseDate', () => {
  it('keeps a calendar date as a calendar date', () => {
    expect(parseDate('2026-03-04')).toMatchObject({ dateTime: '2026-03-04', dateOnly: true });
  });
  it('refuses impossible and non-dates', () => {
    expect(parseDate('2026-02-31')).toBeNull();
    expect(parseDate('soon')).toBeNull();
    expect(parseDate(new Date('nope'))).toBeNull();
  });
  it('formats in UTC so every time zone prints the same day', () => {
    const parsed = parseDate('2026-01-01')!;
    expect(formatDate(parsed, 'en-US')).toBe('January 1, 2026');
    expect(formatDate(parsed, 'es')).toBe('1 de enero de 2026');
  });
});

describe('writeDate', () => {
  it('writes what parseDate and formatDate give, and formats a locale and date only once', () => {
    // `format` is a getter on Intl.DateTimeFormat.prototype: each formatting reads it once.
    const format = vi.spyOn(Intl.DateTimeFormat.prototype as { format: unknown }, 'format', 'get');
    try {
      expect(writeDate('2027-05-06', 'en-US')).toEqual({ dateTime: '2027-05-06', text: 'May 6, 2027' });
      expect(writeDate('2027-05-06', 'en-US')).toEqual({ dateTime: '2027-05-06', text: 'May 6, 2027' });
      expect(format).toHaveBeenCalledTimes(1);
      // Another locale, another text; an instant keeps its full ISO value.
      expect(writeDate('2027-05-06', 'es')).toEqual({ dateTime: '2027-05-06', text: '6 de mayo de 2027' });
      expect(writeDate('2027-05-06T23:30:00Z', 'en-US')).toEqual({ dateTime: '2027-05-06T23:30:00.000Z', text: 'May 6, 2027' });
      expect(format).toHaveBeenCalledTimes(3);
    } finally {
      format.mockRestore();
    }
  });
  it('refuses what is not a date, every time', () => {
    expect(writeDate('2027-02-30', 'en-US')).toBeNull();
    expect(writeDate('2027-02-30', 'en-US')).toBeNull();
    expect(writeDate(new Date('nope'), 'en-US')).toBeNull();
  });
});

describe('isSamePage', () => {
  it('ignores fragments, trailing slashes and the host of a relative href', () => {
    expect(isSamePage('/a/b/', 'https://site.org/a/b#x')).toBe(true);
    expect(isSamePage('/a/b', '/a/c')).toBe(false);
    expect(isSamePage('https://one.org/a', 'https://two.org/a')).toBe(false);
  });
});
