import { describe, expect, it } from 'vitest';
import { helplineCountry, helplinesFor, helplineTable, type Helpline } from '../src';

const numbers = (lines: { tel: string }[]) => lines.map((line) => line.tel);

describe('helpline table', () => {
  it('every entry has a label, a dialable number, a kind, a summary and an https source', () => {
    const ids = new Set<string>();
    for (const entry of helplineTable) {
      expect(entry.label.trim(), entry.id).not.toBe('');
      expect(entry.tel.replace(/\D/g, ''), entry.id).toMatch(/^\d{3,}$/);
      if (entry.sms !== undefined) expect(entry.sms.replace(/\D/g, ''), entry.id).toMatch(/^\d{3,}$/);
      expect(['emergency', 'crisis', 'advice']).toContain(entry.kind);
      expect(entry.summary.trim(), entry.id).not.toBe('');
      expect(new URL(entry.source).protocol, entry.id).toBe('https:');
      expect(ids.has(entry.id), `duplicate id ${entry.id}`).toBe(false);
      ids.add(entry.id);
    }
  });

  it('is frozen, so no page can change the numbers another page shows', () => {
    expect(Object.isFrozen(helplineTable)).toBe(true);
    expect(Object.isFrozen(helplineTable[0])).toBe(true);
  });

  it('an entry can be passed wherever a Helpline is expected', () => {
    const line: Helpline = helplineTable[0]!;
    expect(line.label).toBeTruthy();
  });
});

describe('helplinesFor', () => {
  it('US: 911 first, then the 988 Lifeline, which takes calls and texts', () => {
    const us = helplinesFor('US');
    expect(numbers(us)).toEqual(['911', '988']);
    expect(us[1]).toMatchObject({ kind: 'crisis', sms: '988' });
  });

  it('Canada: 9-1-1, then 9-8-8 by call or text', () => {
    const ca = helplinesFor('CA');
    expect(numbers(ca)).toEqual(['9-1-1', '9-8-8']);
    expect(ca[1]!.sms).toBe('9-8-8');
  });

  it('UK: 999, Samaritans 116 123, then NHS 111; "GB" and "UK" give the same, in any case', () => {
    const gb = helplinesFor('GB');
    expect(numbers(gb)).toEqual(['999', '116 123', '111']);
    expect(gb.map((line) => line.kind)).toEqual(['emergency', 'crisis', 'advice']);
    expect(helplinesFor('UK')).toEqual(gb);
    expect(helplinesFor(' gb ')).toEqual(gb);
    expect(helplineCountry('uk')).toBe('GB');
  });

  it('Australia: Triple Zero, then Lifeline 13 11 14', () => {
    expect(numbers(helplinesFor('AU'))).toEqual(['000', '13 11 14']);
  });

  it('the EU and each member state give 112', () => {
    expect(numbers(helplinesFor('EU'))).toEqual(['112']);
    expect(numbers(helplinesFor('DE'))).toEqual(['112']);
    expect(numbers(helplinesFor('ie'))).toEqual(['112']);
    expect(helplineCountry('FR')).toBe('EU');
  });

  it('several countries: in the order given, each country emergency first, no duplicates', () => {
    expect(numbers(helplinesFor(['GB', 'US']))).toEqual(['999', '116 123', '111', '911', '988']);
    expect(numbers(helplinesFor(['DE', 'FR', 'UK', 'GB']))).toEqual(['112', '999', '116 123', '111']);
  });

  it('filters by kind', () => {
    expect(numbers(helplinesFor(['US', 'GB'], { kinds: ['crisis'] }))).toEqual(['988', '116 123']);
    expect(numbers(helplinesFor('GB', { kinds: ['emergency', 'advice'] }))).toEqual(['999', '111']);
  });

  it('unknown or bad codes give nothing and never throw', () => {
    expect(helplinesFor('ZZ')).toEqual([]);
    expect(helplinesFor('')).toEqual([]);
    expect(helplinesFor([])).toEqual([]);
    expect(helplinesFor(undefined as unknown as string)).toEqual([]);
    expect(helplinesFor([42, null] as unknown as string[])).toEqual([]);
    expect(helplineCountry('ZZ')).toBeNull();
    expect(helplineCountry(7)).toBeNull();
  });

  it('returns a new array each time', () => {
    const first = helplinesFor('US');
    first.pop();
    expect(helplinesFor('US')).toHaveLength(2);
  });
});
