import fc from 'fast-check';
import type { SampleArticle } from '../../stories/fixtures/ketamineArticle';

/** Strings publishers paste from CMSs, editors and spreadsheets, and strings written to break pages. */
const hostileStrings = [
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  'null\u0000byte',
  '\u202Eright-to-left override',
  'ketamine\u2028line\u2029separators',
  '&amp; &lt; &#x3C; &nbsp;',
  '<!-- comment -->',
  ']]>',
  'Pneumonoultramicroscopicsilicovolcanoconiosis-and-a-url-https://example.org/a/very/long/path/without/any/spaces/at/all',
];

const rtlText = fc.string({ unit: fc.integer({ min: 0x0600, max: 0x06ff }).map((code) => String.fromCodePoint(code)), maxLength: 40 });
const emojiText = fc.string({ unit: fc.constantFrom('😀', '👩‍⚕️', '🏳️‍🌈', '💊', '🧠', ' '), maxLength: 20 });
const hugeText = fc.nat({ max: 20_000 }).map((length) => 'long '.repeat(Math.ceil(length / 5)).slice(0, length));

/** Any text an author might give, hostile or not. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\n\t ') },
  { weight: 2, arbitrary: rtlText },
  { weight: 2, arbitrary: emojiText },
  { weight: 1, arbitrary: hugeText },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...hostileStrings), rtlText, emojiText).map((parts) => parts.join(' ')) },
);

/** Hrefs: real links, relative paths, and schemes that must never become links. */
export const anyHref = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('/articles/sleep', '#faq', 'mailto:desk@example.org', 'tel:988', '//cdn.example.org/x'),
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml;base64,PHN2Zz4=',
    'vbscript:msgbox(1)',
  ),
  anyText,
);

const dateText = fc.oneof(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  anyText,
);

const person = fc.record({
  name: anyText,
  credentials: fc.option(anyText, { nil: undefined }),
  href: fc.option(anyHref, { nil: undefined }),
});
const section = fc.record({ id: anyText, heading: anyText, paragraphs: fc.array(anyText, { maxLength: 3 }) });

/** A whole article in the sample's shape, with every field generated. */
export const anyArticle: fc.Arbitrary<SampleArticle> = fc.record({
  href: anyHref,
  title: anyText,
  standfirst: anyText,
  category: anyText,
  author: person,
  reviewer: person,
  published: dateText,
  updated: dateText,
  readingMinutes: fc.oneof(fc.integer({ min: -5, max: 500 }), fc.constant(Number.NaN)),
  intro: fc.array(anyText, { maxLength: 3 }),
  sections: fc.array(section, { maxLength: 4 }),
  faqHeading: anyText,
  faq: fc.array(fc.record({ id: anyText, question: anyText, answer: fc.array(anyText, { maxLength: 3 }) }), { maxLength: 4 }),
  conclusion: section,
  related: fc.array(
    fc.record({
      title: anyText,
      href: anyHref,
      excerpt: fc.option(anyText, { nil: undefined }),
      date: fc.option(dateText, { nil: undefined }),
      topic: fc.option(anyText, { nil: undefined }),
    }),
    { maxLength: 5 },
  ),
  helplines: fc.array(
    fc.record({ label: anyText, tel: anyText, description: fc.option(anyText, { nil: undefined }), region: fc.constantFrom('US', 'UK') }),
    { maxLength: 3 },
  ),
}) as fc.Arbitrary<SampleArticle>;
