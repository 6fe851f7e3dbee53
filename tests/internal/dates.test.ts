import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from '../../src/internal/dates';
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

describe('isSamePage', () => {
  it('ignores fragments, trailing slashes and the host of a relative href', () => {
    expect(isSamePage('/a/b/', 'https://site.org/a/b#x')).toBe(true);
    expect(isSamePage('/a/b', '/a/c')).toBe(false);
    expect(isSamePage('https://one.org/a', 'https://two.org/a')).toBe(false);
  });
});
