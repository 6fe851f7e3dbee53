import { describe, expect, it, vi } from 'vitest';
import { formatDate, parseDate } from '../../src/internal/dates';
import { samePageAs } from '../../src/internal/sameUrl';

describe('parseDate', () => {
  it('keeps a calendar date as a calendar date', () => {
    expect(parseDate('2026-03-04')).toMatchObject({ dateTime: '2026-03-04', dateOnly: true });
    // Midnight UTC whatever the machine's time zone, the day formatDate prints.
    expect(parseDate(' 2026-03-04 ')!.date.toISOString()).toBe('2026-03-04T00:00:00.000Z');
  });
  it('keeps an offset as written: the instant for machines, the day as written for the page', () => {
    // 21:30 in New York is 01:30 the next day in UTC: the site (and so the page) says the 18th.
    const evening = parseDate('2024-03-18T21:30:00-04:00')!;
    expect(evening).toMatchObject({ dateTime: '2024-03-18T21:30:00-04:00', dateOnly: false, day: '2024-03-18' });
    expect(evening.date.toISOString()).toBe('2024-03-19T01:30:00.000Z');
    expect(formatDate(evening, 'en-US')).toBe('March 18, 2024');
    expect(parseDate('2026-03-04T01:15:00+0530')).toMatchObject({ dateTime: '2026-03-04T01:15:00+05:30', day: '2026-03-04' });
    expect(parseDate('2026-03-04T10:00:00.5+02:00')).toMatchObject({ dateTime: '2026-03-04T10:00:00.500+02:00' });
    // Z instants are UTC's day, as before; a time with no offset is a floating local time, its day as written.
    expect(parseDate('2024-03-19T01:30:00Z')).toMatchObject({ dateTime: '2024-03-19T01:30:00.000Z', day: '2024-03-19' });
    expect(parseDate('2024-03-18T23:30:00')).toMatchObject({ dateTime: '2024-03-18T23:30:00', day: '2024-03-18' });
    expect(parseDate('2024-03-18T23:30:00')!.date.toISOString()).toBe('2024-03-18T23:30:00.000Z');
    expect(parseDate('2024-03-18T24:30:00')).toBeNull();
    expect(parseDate('2024-03-18T21:30:00+25:00')).toBeNull();
  });
  it('gives the same day and dateTime whatever the machine’s time zone', () => {
    const zone = process.env.TZ;
    // Parsed dates are remembered by their text: each zone reads its own spelling (padding is trimmed).
    const read = (padding: string) =>
      ['2024-03-18T21:30:00-04:00', '2024-03-18T23:30:00', '2024-03-18'].map((text) => {
        const parsed = parseDate(`${padding}${text}`)!;
        return [parsed.day, parsed.dateTime, parsed.date.getTime()];
      });
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = read(' ');
      process.env.TZ = 'America/Los_Angeles';
      expect(read('  ')).toEqual(east);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
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

describe('formatDate', () => {
  it('formats a locale and date only once, and each locale and date in its own words', () => {
    // `format` is a getter on Intl.DateTimeFormat.prototype: each formatting reads it once.
    const format = vi.spyOn(Intl.DateTimeFormat.prototype as { format: unknown }, 'format', 'get');
    try {
      expect(formatDate(parseDate('2027-05-06')!, 'en-US')).toBe('May 6, 2027');
      expect(formatDate(parseDate('2027-05-06')!, 'en-US')).toBe('May 6, 2027');
      expect(format).toHaveBeenCalledTimes(1);
      expect(formatDate(parseDate('2027-05-06')!, 'es')).toBe('6 de mayo de 2027');
      expect(formatDate(parseDate('2027-05-07')!, 'en-US')).toBe('May 7, 2027');
      // Kept by the day it shows: late on the 6th in UTC is the 6th, already formatted.
      expect(formatDate(parseDate('2027-05-06T23:30:00Z')!, 'en-US')).toBe('May 6, 2027');
      expect(format).toHaveBeenCalledTimes(3);
    } finally {
      format.mockRestore();
    }
  });

  it('keeps a bounded number of texts: a long-running server does not grow without end', () => {
    const format = vi.spyOn(Intl.DateTimeFormat.prototype as { format: unknown }, 'format', 'get');
    try {
      const day = (n: number) => parseDate(new Date(Date.UTC(2030, 0, 1 + n)).toISOString().slice(0, 10))!;
      formatDate(day(0), 'en-GB');
      formatDate(day(0), 'en-GB');
      expect(format).toHaveBeenCalledTimes(1);
      // 600 other dates later, the first one's text is no longer kept: it is formatted again, and still right.
      for (let n = 1; n <= 600; n += 1) formatDate(day(n), 'en-GB');
      format.mockClear();
      expect(formatDate(day(0), 'en-GB')).toBe('1 January 2030');
      expect(format).toHaveBeenCalledTimes(1);
    } finally {
      format.mockRestore();
    }
  });
});

describe('samePageAs', () => {
  it('ignores fragments, trailing slashes and the host of a relative href', () => {
    expect(samePageAs('https://site.org/a/b#x')('/a/b/')).toBe(true);
    expect(samePageAs('/a/c')('/a/b')).toBe(false);
    expect(samePageAs('https://two.org/a')('https://one.org/a')).toBe(false);
  });
});
