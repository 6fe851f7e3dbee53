import { render } from '@testing-library/react';
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { buildArticleGraph, JsonLd, serializeJsonLd } from '../src';

/** Property runs: 500 by default; `FC_NUM_RUNS=100000 npm test` for a longer search. */
const numRuns = Number(process.env.FC_NUM_RUNS) > 0 ? Number(process.env.FC_NUM_RUNS) : 500;

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</SCRIPT ><img src=x onerror=alert(1)>',
  '<!--',
  '<!-- <script>',
  '-->',
  ']]>',
  'line\u2028separator and paragraph\u2029separator',
  'null\u0000byte',
  'quotes " \' ` and backslash \\',
  'amp &amp; &lt; &#60;',
  '\ud800 lone surrogate',
];

/** JSON itself writes -0 as 0 (so does `JSON.stringify`); every other JSON value round-trips exactly. */
function withoutNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutNegativeZero(item)]));
  }
  return value;
}

/** Characters that must never appear raw in the script's text. */
const RAW_UNSAFE = /[<>&\u2028\u2029]/;

describe('serializeJsonLd', () => {
  it.each(HOSTILE)('escapes %j so it cannot leave the script, and parses back to exactly the input', (value) => {
    const data = { '@context': 'https://schema.org', headline: value, [value]: [value] };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(RAW_UNSAFE);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(json)).toEqual(data);
  });

  it('writes the escapes as \\u sequences', () => {
    expect(serializeJsonLd('<>&\u2028\u2029')).toBe('"\\u003c\\u003e\\u0026\\u2028\\u2029"');
  });

  it('gives "null" for values JSON cannot write, and throws on a cycle as JSON.stringify does', () => {
    expect(serializeJsonLd(undefined)).toBe('null');
    expect(serializeJsonLd(() => 1)).toBe('null');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => serializeJsonLd(cycle)).toThrow(TypeError);
  });

  it(
    `property: any JSON value, any Unicode, survives the round trip with nothing unsafe raw (${numRuns} runs)`,
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          const json = serializeJsonLd(value);
          expect(json).not.toMatch(RAW_UNSAFE);
          expect(JSON.parse(json)).toEqual(withoutNegativeZero(value));
        }),
        { numRuns },
      );
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (a, b) => {
          const value = { [a]: b, list: [a, b, `</script>${a}`] };
          const json = serializeJsonLd(value);
          expect(json).not.toMatch(RAW_UNSAFE);
          expect(JSON.parse(json)).toEqual(value);
        }),
        { numRuns },
      );
      // Generous: a long FC_NUM_RUNS run, or a busy CI machine, must not time out.
    },
    Math.max(60_000, numRuns * 20),
  );
});

describe('JsonLd', () => {
  const hostileGraph = () =>
    buildArticleGraph({
      url: 'https://example.org/articles/a',
      headline: HOSTILE[0]!,
      description: HOSTILE.join(' | '),
      author: { name: '<!-- <script>alert(1)</script>' },
    });

  it('renders one ld+json script whose text has no "<" and parses back to the data', () => {
    const data = hostileGraph();
    const { container } = render(<JsonLd data={data} id="ld" />);
    const scripts = container.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toHaveAttribute('type', 'application/ld+json');
    expect(scripts[0]).toHaveAttribute('id', 'ld');
    const text = scripts[0]!.textContent ?? '';
    expect(text).not.toMatch(RAW_UNSAFE);
    expect(JSON.parse(text)).toEqual(data);
  });

  it('server HTML inside a page keeps exactly one script and injects no element', () => {
    const data = hostileGraph();
    const html = renderToString(
      <main>
        <p>Before</p>
        <JsonLd data={data} />
        <p>After</p>
      </main>,
    );
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelectorAll('img, body > script')).toHaveLength(0);
    expect([...doc.querySelectorAll('main > *')].map((el) => el.tagName)).toEqual(['P', 'SCRIPT', 'P']);
    expect(doc.querySelector('main > p:last-child')?.textContent).toBe('After');
    expect(JSON.parse(doc.querySelector('script')!.textContent!)).toEqual(data);
  });

  it('missing or unwritable data renders nothing and warns naming the component and prop', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const { container } = render(
      <>
        <JsonLd data={undefined} />
        <JsonLd data={cycle} />
        <JsonLd data={{ big: 1n }} />
      </>,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<JsonLd> `data`: is missing/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<JsonLd> `data`: cannot be written as JSON/));
  });
});
