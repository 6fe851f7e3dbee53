// @vitest-environment node
import fc from 'fast-check';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/content/parse';
import { classicPost, gutenbergPost } from '../../stories/fixtures/content';

/**
 * The converter's parser (parse5 building hast through its own tree adapter)
 * must give exactly the tree hast-util-from-html gives, source positions
 * aside, but with scripting on as in readers' browsers (hast-util-from-html
 * turns it off; the same parse5 call and hast-util-from-parse5 are its
 * steps): the sanitiser's allowlist and every recogniser were written against
 * that tree. Tag soup exercises the parts of the HTML algorithm that move
 * nodes (foster parenting, the adoption agency, templates, foreign content).
 */
const numRuns = Number(process.env.FC_NUM_RUNS ?? 1000);

/** A plain copy without `position` (and without the parser's symbol-keyed bookkeeping, which Object.entries skips). */
function withoutPositions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutPositions);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'position')
      .map(([key, value]) => [key, withoutPositions(value)]),
  );
}
const reference = (html: string) => withoutPositions(fromParse5(parseFragment(html, { scriptingEnabled: true })));

const tags = [
  'p',
  'div',
  'span',
  'a',
  'b',
  'i',
  'em',
  'strong',
  'code',
  'nobr',
  'font',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'caption',
  'colgroup',
  'col',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'h2',
  'h3',
  'figure',
  'figcaption',
  'img',
  'br',
  'hr',
  'template',
  'svg',
  'foreignObject',
  'path',
  'math',
  'mi',
  'mtext',
  'annotation-xml',
  'select',
  'option',
  'textarea',
  'script',
  'style',
  'noscript',
  'iframe',
  'title',
  'xmp',
  'plaintext',
  'form',
  'input',
  'button',
  'html',
  'body',
  'head',
  'frameset',
  'pre',
  'listing',
];
const attributes = [
  'class="wp-block-image  size-large "',
  'class=""',
  'id="x"',
  'href="#a"',
  'src="/i.png"',
  'srcset="a.png 1x, b.png 2x"',
  'width="600"',
  'height=12px',
  'colspan="2"',
  'hidden',
  'checked',
  'type="checkbox"',
  'xlink:href="#p"',
  'viewBox="0 0 1 1"',
  'style="color: red"',
  'onerror="x()"',
  'data-id="7"',
  'aria-hidden="true"',
  'constructor="x"',
  '__proto__="y"',
  'dir="rtl"',
  'encoding="text/html"',
  'children="z"',
];
const tag = fc.constantFrom(...tags);
const openTag = fc
  .tuple(tag, fc.subarray(attributes, { maxLength: 3 }), fc.boolean(), fc.boolean())
  .map(
    ([name, list, upper, selfClosing]) =>
      `<${upper ? name.toUpperCase() : name}${list.map((a) => ` ${a}`).join('')}${selfClosing ? '/' : ''}>`,
  );
const closeTag = tag.map((name) => `</${name}>`);
const text = fc.constantFrom(
  'word',
  ' ',
  '\n',
  '\r\n',
  'a\u0000b',
  '&amp;',
  '&hellip;',
  '&#8217;',
  '&notanentity;',
  '&#x0;',
  '<',
  '>',
  '"',
  '’',
  '<!-- c -->',
  '<!doctype html>',
  '<![CDATA[x]]>',
  '</>',
);
const soup = fc
  .array(fc.oneof({ weight: 3, arbitrary: openTag }, { weight: 2, arbitrary: closeTag }, { weight: 3, arbitrary: text }), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('parseHtml', () => {
  it('gives the tree a browser builds (scripting on) for the fixture posts', () => {
    for (const post of [classicPost, gutenbergPost]) {
      const html = post.content!.rendered!;
      expect(withoutPositions(parseHtml(html))).toEqual(reference(html));
    }
  });

  it('gives the tree a browser builds (scripting on) where the text is not the input’s own characters (entities, CR LF, NUL), many times over', () => {
    // parse.ts cuts text out of the input while it can find it there, and concatenates once its bounded search gives up.
    const html = `<p>${'long text '.repeat(500)}&amp;</p>${'<b>&hellip;</b>\r\n<i>a\u0000b &#8217;</i>'.repeat(300)}<p>plain text at the end</p>`;
    expect(withoutPositions(parseHtml(html))).toEqual(reference(html));
  });

  it('gives the tree a browser builds (scripting on) for tag soup', () => {
    fc.assert(
      fc.property(soup, (html) => {
        expect(withoutPositions(parseHtml(html))).toEqual(reference(html));
      }),
      { numRuns },
    );
  });
});
