import type { ReactElement } from 'react';
import { Article } from '../../../src';
import { articleFromHtml, articleFromWordPress, type WordPressOptions, type WordPressPost } from '../../../src/content';
import autoExcerpt from '../../content/fixtures/wordpress/autoExcerpt.json';
import blocks from '../../content/fixtures/wordpress/blocks.json';
import classic from '../../content/fixtures/wordpress/classic.json';
import evening from '../../content/fixtures/wordpress/evening.json';
import lazyload from '../../content/fixtures/wordpress/lazyload.json';
import { ConvertedPost } from '../../../stories/content/ConvertedPost';
import { gutenbergAllowEmbeds, gutenbergPost } from '../../../stories/fixtures/content';

/**
 * Hostile CMS pages for tests/browser/content-hostile.test.ts. Every payload,
 * if it ever ran, would call `top.__pwned(name)` (installed by the test before
 * the page loads), open a dialog, or request a URL containing "pwned", so the
 * test can see that nothing ran. The server converts with articleFromHtml and
 * renders with react-dom/server; the client bundle converts the same HTML and
 * hydrates, as a Server Component page would send the same tree.
 */
const run = (name: string) => `top.__pwned('${name}')`;

export const hostilePayloads = {
  script: `<script>${run('script')}</script>`,
  scriptSrc: `<script src="/pwned-script.js"></script>`,
  onerror: `<img src="/missing.png" onerror="${run('onerror')}">`,
  onerrorUnquoted: `<img src=x onerror=top.__pwned('onerror-unquoted')>`,
  onload: `<body onload="${run('body-onload')}"><p>Text in a stray body tag.</p></body>`,
  detailsToggle: `<details open ontoggle="${run('ontoggle')}"><summary>Open details</summary><p>Details text.</p></details>`,
  autofocus: `<input autofocus onfocus="${run('onfocus')}">`,
  clickHandler: `<p><a href="#top" onclick="${run('onclick')}">click-me-onclick</a></p>`,
  javascriptLink: `<p><a href="javascript:${run('js-link')}">click-me-js</a></p>`,
  mixedCaseLink: `<p><a href="JaVaScRiPt:${run('js-mixed')}">click-me-mixed</a></p>`,
  entityLink: `<p><a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${run('js-entity')}">click-me-entity</a></p>`,
  hexEntityLink: `<p><a href="&#x6A;avascript&colon;${run('js-hex')}">click-me-hex</a></p>`,
  tabLink: `<p><a href="java&#x09;script:${run('js-tab')}">click-me-tab</a></p>`,
  spaceLink: `<p><a href=" &#x0A; javascript:${run('js-space')}">click-me-space</a></p>`,
  vbscript: `<p><a href="vbscript:msgbox(1)">click-me-vb</a></p>`,
  dataLink: `<p><a href="data:text/html,&lt;script&gt;${run('data-link')}&lt;/script&gt;">click-me-data</a></p>`,
  svg: `<svg onload="${run('svg-onload')}"><script>${run('svg-script')}</script><a href="javascript:${run('svg-link')}"><text x="0" y="15">click-me-svg</text></a><animate onbegin="${run('svg-animate')}" attributeName="x" dur="1s"></animate></svg>`,
  math: `<math><maction actiontype="statusline" xlink:href="javascript:${run('math')}">click-me-math</maction></math>`,
  iframeSrcdoc: `<iframe srcdoc="<script>${run('srcdoc')}</script>"></iframe>`,
  iframeJs: `<iframe src="javascript:${run('iframe-js')}"></iframe>`,
  object: `<object data="/pwned-object"></object><embed src="/pwned-embed">`,
  noscriptMxss: `<noscript><p title="</noscript><img src=x onerror=top.__pwned('noscript-mxss')>"></p></noscript>`,
  mathMxss: `<math><mtext><table><mglyph><style><img src=x onerror=top.__pwned('math-mxss')></style></mglyph></table></mtext></math>`,
  svgStyleMxss: `<svg><style><img src=x onerror=top.__pwned('svg-style-mxss')></style></svg>`,
  templateMxss: `<template><img src=x onerror=top.__pwned('template')></template>`,
  form: `<form action="/pwned-form" method="get"><label>Email <input name="email" value="a@b.example"></label><button>click-me-form</button></form>`,
  base: `<base href="/pwned-base/">`,
  metaRefresh: `<meta http-equiv="refresh" content="0;url=/pwned-meta">`,
  link: `<link rel="stylesheet" href="/pwned-link.css">`,
  style: `<style>@import url("/pwned-style.css"); body { display: none; }</style>`,
  styleAttribute: `<p style="background-image:url(/pwned-style-attr.png)">Styled paragraph.</p>`,
  imageSrcset: `<img alt="" src="/ok.png" srcset="javascript:${run('srcset')} 1x">`,
} as const;

const all = Object.values(hostilePayloads).join('\n');

/** The same payloads in the intro, a section and an FAQ answer, so every part Article renders is covered. */
export const hostileHtml = `
<p>An intro paragraph an author wrote.</p>
${all}
<h2>A section</h2>
<p>A section paragraph an author wrote.</p>
${all}
<h2>Frequently asked questions</h2>
<h3>Is this question safe?</h3>
<p>An answer paragraph an author wrote.</p>
${all}
<h3>Is the second one safe too?</h3>
<p>Yes, the second answer.</p>
`;

/** A post a real WordPress 6.1 returned (tests/content/fixtures/wordpress), with its related posts, through Article. */
const recorded =
  (fixture: { post: unknown; related: unknown[] }, options: WordPressOptions = {}) =>
  () => (
    <Article
      article={articleFromWordPress(fixture.post as WordPressPost, { related: fixture.related as WordPressPost[], ...options }).article}
    />
  );

export const contentPages = {
  /** Hostile CMS HTML through articleFromHtml and Article. */
  hostileContent: () => <Article article={articleFromHtml(hostileHtml, { title: 'A hostile page' }).article} />,
  wordpressBlocks: recorded(blocks),
  wordpressBlocksWithVideo: recorded(blocks, { allowEmbeds: ['www.youtube.com'] }),
  wordpressClassic: recorded(classic),
  wordpressLazyload: recorded(lazyload),
  wordpressEvening: recorded(evening),
  wordpressAutoExcerpt: recorded(autoExcerpt),
  /** Storybook's Content / From WordPress / Gutenberg story: the converted post with the converter's notes beside it. */
  gutenbergStory: () => <ConvertedPost post={gutenbergPost as WordPressPost} options={{ allowEmbeds: gutenbergAllowEmbeds }} />,
} satisfies Record<string, () => ReactElement>;
