import { describe, expect, it } from 'vitest';
import { placeCode, readerFirst } from '../../src/internal/helplines/readerFirst';
import { groupLines } from '../../src/internal/helplines/HelplineList';

const lines = [
  { label: 'US one', tel: '988', country: 'US' },
  { label: 'UK one', tel: '116 123', region: 'UK' },
  { label: 'Nowhere', tel: '123' },
  { label: 'US two', tel: '911', country: 'us' },
  { label: 'EU', tel: '112', country: 'EU' },
  { label: 'UK two', tel: '111', country: 'GB' },
];
const labels = (list: { label: string }[]) => list.map((line) => line.label);

describe('readerFirst', () => {
  it('puts the reader\u2019s lines first, in the readers\u2019 order, and keeps the author\u2019s order otherwise', () => {
    expect(labels(readerFirst(lines, ['GB']))).toEqual(['UK one', 'UK two', 'US one', 'Nowhere', 'US two', 'EU']);
    expect(labels(readerFirst(lines, ['uk', 'US']))).toEqual(['UK one', 'UK two', 'US one', 'US two', 'Nowhere', 'EU']);
  });

  it('an EU line comes first for a reader in a member state; no reader country changes nothing and drops nothing', () => {
    expect(labels(readerFirst(lines, ['FR']))[0]).toBe('EU');
    expect(labels(readerFirst(lines, []))).toEqual(labels(lines));
    expect(labels(readerFirst(lines, ['not a code']))).toEqual(labels(lines));
    expect(readerFirst(lines, ['GB'])).toHaveLength(lines.length);
  });

  it('placeCode reads codes as people and CDNs write them', () => {
    expect(placeCode(' gb ')).toBe('GB');
    expect(placeCode('UK')).toBe('GB');
    expect(placeCode('United Kingdom')).toBeNull();
    expect(placeCode(44)).toBeNull();
  });
});

describe('groupLines', () => {
  it('groups lines by region as written, or by country name when several countries are listed, in first-seen order', () => {
    const groups = groupLines(readerFirst(lines, ['GB']), 'en');
    expect(groups.map((group) => group.name)).toEqual(['UK', 'United Kingdom', 'United States', null, 'European Union']);
    expect(groups.map((group) => group.lines.length)).toEqual([1, 1, 2, 1, 1]);
  });

  it('names no group for lines of one country', () => {
    expect(
      groupLines(
        [
          { label: 'A', tel: '1', country: 'US' },
          { label: 'B', tel: '2', country: 'US' },
        ],
        'en',
      ),
    ).toEqual([{ name: null, lines: [expect.objectContaining({ label: 'A' }), expect.objectContaining({ label: 'B' })] }]);
  });
});
