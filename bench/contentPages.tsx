// What bench/content.mjs renders: a long classic-editor WordPress post (about
// 25 kB of HTML, the shape of the page medprose models) converted by
// articleFromWordPress, and the same article already in memory as ArticleData
// with React nodes for bodies, as a developer would write it by hand.
import type { ArticleData, ArticleSectionContent } from '../src';
import { Article } from '../src';
import { sanitize } from 'hast-util-sanitize';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { parseFragment } from 'parse5';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { articleFromWordPress } from '../src/content';
import { parseHtml } from '../src/content/parse';
import { contentSchema } from '../src/content/schema';
import { classicPost, classicRelated } from '../stories/fixtures/content';

const source = classicPost.content!.rendered!;
const faqAt = source.indexOf('<h2>Frequently Asked Questions</h2>');
const [intro, ...sections] = source.slice(0, faqAt).split(/(?=<h2>)/);
const tail = source.slice(faqAt);

/**
 * The classic post's five sections, each body fourteen times over (a long article
 * has long sections), then its FAQ of five and heading-less conclusion.
 */
const longContent = [
  intro,
  ...sections.map((section) => {
    const [heading, body] = section.split(/(?<=<\/h2>)/);
    return heading + body!.repeat(14);
  }),
  tail,
].join('');

export const longPost = { ...classicPost, content: { rendered: longContent, protected: false } };
export const longPostBytes = new TextEncoder().encode(longContent).length;
const options = { related: classicRelated };

/** Conversion alone, to show where the time goes. */
export const convertOnly = () => articleFromWordPress(longPost, options);

/** Convert, then render: what a page that converts on every request does. */
export const ConvertedPage = () => <Article article={articleFromWordPress(longPost, options).article} />;

/**
 * The article as a developer writes it by hand: every body a React node, made
 * once. The converter's bodies are React nodes too when they cite nothing, and
 * functions of `cite` when they do; this post cites nothing.
 */
const converted = articleFromWordPress(longPost, options).article;
const noCite = () => {
  throw new Error('the benchmark post has no citations');
};
const materialise = (body: ArticleSectionContent['body']) => (typeof body === 'function' ? body({ cite: noCite }) : body);
export const handArticle: ArticleData = {
  ...converted,
  ...(converted.intro !== undefined ? { intro: materialise(converted.intro) } : {}),
  sections: converted.sections.map((section) => ({ ...section, body: materialise(section.body) })),
  ...(converted.conclusion ? { conclusion: { ...converted.conclusion, body: materialise(converted.conclusion.body) } } : {}),
};
export const HandPage = () => <Article article={handArticle} />;

/** The parts a reader must find, so a broken conversion fails the benchmark instead of timing an empty page. */
export const expectedSections = sections.length;

/**
 * The libraries' floor: what any converter built on the issue's stack pays
 * before recognising anything. parse5 parsing the body into hast (through
 * medprose's tree adapter, the cheapest way found: hast-util-from-html, which
 * also records positions, takes about 2.5 times as long), hast-util-sanitize
 * with medprose's schema, and hast-util-to-jsx-runtime over the whole tree.
 * No sections, FAQ, ids, notes or WordPress fields.
 */
const floorSchema = contentSchema({ embeds: false });
export const libraryFloor = () =>
  toJsxRuntime(sanitize(parseHtml(longContent), floorSchema) as Parameters<typeof toJsxRuntime>[0], {
    Fragment,
    jsx,
    jsxs,
    passKeys: false,
  });
/** The parser alone, building its own tree: the part of the floor no converter on parse5 can cut. */
export const parse5Only = () => parseFragment(longContent);
