// @vitest-environment node
import fc from 'fast-check';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { describe, expect, it, vi } from 'vitest';
import { Article } from '../../src/components/Article';
import { articleFromHtml } from '../../src/content';
import { resetDevWarnings } from '../../src/internal/devWarning';

/**
 * Generated hostile HTML (nested, unclosed and mis-nested tags, entity-encoded
 * and mixed-case schemes, whitespace and control characters inside schemes,
 * handler attributes) converted and rendered through Article on the server.
 * `FC_NUM_RUNS=5000 npx vitest run --project unit tests/content/hostile.property.test.tsx`
 * runs longer; a failure prints the seed and the smallest HTML that breaks it.
 */
const numRuns = Number(process.env.FC_NUM_RUNS ?? 200);

const urls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java&#x09;script:alert(1)',
  'jav&#x0A;ascript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;&#x61;vascript:alert(1)',
  'javascript&colon;alert(1)',
  '\u0001javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD4=',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:image/png;base64,iVBORw0KGgo=',
  'https://example.org/ok',
  '/relative/path',
  '#fragment',
  'tel:111',
  'x',
];
const tags = [
  'p',
  'div',
  'span',
  'a',
  'img',
  'script',
  'style',
  'iframe',
  'svg',
  'math',
  'mtext',
  'mglyph',
  'table',
  'tr',
  'td',
  'form',
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'noscript',
  'template',
  'object',
  'embed',
  'details',
  'summary',
  'h2',
  'h3',
  'b',
  'i',
  'ul',
  'li',
  'title',
  'base',
  'meta',
  'link',
  'xmp',
  'noembed',
  'figure',
  'figcaption',
  'label',
  'sup',
  'video',
  'audio',
  'source',
];
/** Links and images carry most URLs: they come up far more often than other elements. */
const tag = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'img', 'iframe', 'form', 'svg') },
  { weight: 4, arbitrary: fc.constantFrom(...tags) },
);
const handler = fc.tuple(
  fc.constantFrom('onerror', 'OnLoad', 'onclick', 'onmouseover', 'ONFOCUS', 'onbeforematch', 'onanimationstart'),
  fc.constant('alert(1)'),
);
const urlAttribute = fc.tuple(
  fc.constantFrom(
    'href',
    'href',
    'href',
    'src',
    'src',
    'src',
    'action',
    'formaction',
    'xlink:href',
    'srcdoc',
    'srcset',
    'poster',
    'background',
    'data',
    'style',
    'id',
    'target',
  ),
  fc.constantFrom(...urls),
);
const attribute = fc
  .tuple(fc.oneof(handler, urlAttribute), fc.constantFrom('"', "'", ''))
  .map(([[name, value], quote]) =>
    quote === '' ? `${name}=${value.replace(/[\s"'<>=`]/g, '')}` : `${name}=${quote}${value.replace(new RegExp(quote, 'g'), '')}${quote}`,
  );
const openTag = fc
  .tuple(tag, fc.array(attribute, { maxLength: 3 }), fc.boolean())
  .map(([tag, attributes, upper]) => `<${upper ? tag.toUpperCase() : tag}${attributes.map((a) => ` ${a}`).join('')}>`);
const closeTag = fc.constantFrom(...tags).map((tag) => `</${tag}>`);
/** Author text: unique words, so each can be looked for on the page. */
const word = fc.nat({ max: 999_999 }).map((n) => ` w${n}q `);
/** A whole link or image with a URL from the list: the commonest carrier of a script URL. */
const link = fc
  .tuple(
    fc.constantFrom(
      ['a', 'href'],
      ['A', 'HREF'],
      ['img', 'src'],
      ['img', 'srcset'],
      ['a', 'xlink:href'],
      ['form', 'action'],
      ['iframe', 'src'],
      ['video', 'poster'],
    ),
    fc.constantFrom(...urls),
    word,
  )
  .map(([[tagName, attributeName], url, text]) => `<${tagName} ${attributeName}="${url}">${text}</${tagName}>`);
export const hostileHtml = fc
  .array(
    fc.oneof(
      { weight: 2, arbitrary: link },
      { weight: 3, arbitrary: openTag },
      { weight: 2, arbitrary: closeTag },
      { weight: 3, arbitrary: word },
      { weight: 1, arbitrary: fc.constant('<!-- c -->') },
    ),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));

/** Elements removed with everything inside them (their text is code or controls, not prose). */
const REMOVED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'object',
  'embed',
  'applet',
  'frame',
  'frameset',
  'base',
  'meta',
  'link',
  'title',
  'svg',
  'math',
  'iframe',
  'input',
  'select',
  'textarea',
  'button',
  'option',
  'optgroup',
  'datalist',
  'output',
  'keygen',
  'progress',
  'meter',
]);

/** The words of text nodes outside removed elements, as the same parser reads the HTML. */
function survivingWords(html: string): string[] {
  const words: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element' && REMOVED.has(node.tagName)) return;
    if (node.type === 'text') words.push(...(node.value.match(/w\d+q/g) ?? []));
    if ('children' in node) node.children.forEach(visit);
  };
  visit(fromHtml(html, { fragment: true }));
  return words;
}

/** The server HTML of the page, parsed back as a browser would (parse5): runs in Node, fast enough for many runs. */
function renderedPage(html: string): { elements: Element[]; text: string } {
  const { article } = articleFromHtml(html, { title: 'Generated' });
  const sheet = new ServerStyleSheet();
  let markup: string;
  try {
    markup = renderToString(sheet.collectStyles(<Article article={article} />));
  } finally {
    sheet.seal();
  }
  const tree = fromHtml(markup, { fragment: true });
  const elements: Element[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element') elements.push(node);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return { elements, text: toString(tree) };
}

const UNSAFE_URL = /^(?:javascript|vbscript|data):/i;
// eslint-disable-next-line no-control-regex -- a browser ignores control characters in a URL's scheme, so the check does too
const compact = (value: string) => value.replace(/[\u0000-\u0020\u007f]/g, '');

describe('medprose/content against generated hostile HTML (property-based)', () => {
  it('renders no executable element, handler attribute or script URL, and keeps every word written outside removed elements', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(hostileHtml, (html) => {
        resetDevWarnings();
        const { elements, text } = renderedPage(`<h2>Section</h2>${html}`);
        const forbidden = new Set([
          'iframe',
          'object',
          'embed',
          'frame',
          'math',
          'form',
          'textarea',
          'select',
          'base',
          'meta',
          'style',
          'template',
          'noscript',
          'audio',
          'video',
          'svg',
        ]);
        for (const element of elements) {
          const { tagName, properties } = element;
          expect(forbidden.has(tagName), `<${tagName}> from ${html}`).toBe(false);
          if (tagName === 'script') expect(properties.type).toBe('application/ld+json');
          if (tagName === 'input') expect([properties.type, properties.disabled]).toEqual(['checkbox', true]);
          for (const [name, raw] of Object.entries(properties)) {
            expect(name, `<${tagName}> from ${html}`).not.toMatch(/^on|^srcDoc$|^formAction$|^xLinkHref$/);
            const value = compact(String(raw));
            if (['href', 'src', 'action', 'poster', 'background', 'data', 'cite'].includes(name)) {
              const inlineImage = name === 'src' && tagName === 'img' && /^data:image\//i.test(value);
              if (!inlineImage) expect(value, `${name} on <${tagName}> from ${html}`).not.toMatch(UNSAFE_URL);
            }
            if (name === 'srcSet') expect(value).not.toMatch(/(?:^|,)\s*(?:javascript|vbscript|data):/i);
          }
        }
        // The oracle parses exactly what the converter was given, so both read the same tree.
        for (const kept of survivingWords(`<h2>Section</h2>${html}`)) expect(text, `"${kept}" from ${html}`).toContain(kept);
      }),
      { numRuns },
    );
  }, 120_000);
});
