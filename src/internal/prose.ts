import { css } from 'styled-components';
import { tokens } from '../tokens/tokens';
import { contentLinks, focusRing, printLinkTarget, wrapLongWords } from './text';

/**
 * Body-text styles for author content: paragraphs, lists, links, quotes, and
 * media that fit the column (a CMS writes `width="1024"` on its images and
 * embeds): at 320 px nothing is wider than the text.
 */
export const prose = css`
  font-family: ${tokens['font-body']};
  font-size: ${tokens['font-size-md']};
  line-height: ${tokens['line-height-body']};
  color: ${tokens['color-text']};
  ${wrapLongWords}

  & > * {
    margin-block: 0 ${tokens['space-4']};
  }
  & > *:last-child {
    margin-block-end: 0;
  }
  ul,
  ol {
    padding-inline-start: ${tokens['space-5']};
  }
  li + li {
    margin-block-start: ${tokens['space-2']};
  }
  ${contentLinks}
  a {
    text-decoration-thickness: 1px;
    ${printLinkTarget}
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  blockquote {
    margin-inline: 0;
    padding-inline-start: ${tokens['space-4']};
    border-inline-start: 4px solid ${tokens['color-border']};
  }

  /* Media keep their shape (height from width and the width/height attributes) and never outgrow the column. */
  img,
  video {
    max-inline-size: 100%;
    block-size: auto;
  }
  figure {
    margin-inline: 0;
  }
  /* An allowed embed: as wide as the column, 16:9 unless WordPress's block says another shape. */
  iframe {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    border: 0;
  }
  .wp-embed-aspect-21-9 iframe {
    aspect-ratio: 21 / 9;
  }
  .wp-embed-aspect-18-9 iframe {
    aspect-ratio: 2;
  }
  .wp-embed-aspect-4-3 iframe {
    aspect-ratio: 4 / 3;
  }
  .wp-embed-aspect-1-1 iframe {
    aspect-ratio: 1;
  }
  .wp-embed-aspect-9-16 iframe {
    aspect-ratio: 9 / 16;
  }
  .wp-embed-aspect-1-2 iframe {
    aspect-ratio: 0.5;
  }
  /* Preformatted text wraps: a long line would otherwise push the page sideways. */
  pre {
    white-space: pre-wrap;
  }
  /* A wide table scrolls inside its region (medprose/content wraps each table in one, named and focusable), its
     cells keeping their words whole: breaking anywhere would squeeze the table to fit. */
  [data-mp-scroll] {
    overflow-x: auto;
  }
  [data-mp-scroll]:focus-visible {
    ${focusRing}
  }
  /* A CMS's table: rules between rows and under the header, as a reader expects of a table, whatever the CMS's own
     attributes said (border and cellpadding are dropped by the converter). Forced colours keep the rules. */
  table {
    border-collapse: collapse;
    font-size: ${tokens['font-size-sm']};
    line-height: 1.5;
  }
  caption {
    padding-block-end: ${tokens['space-2']};
    font-weight: 600;
    text-align: start;
  }
  td,
  th {
    padding-block: ${tokens['space-2']};
    padding-inline: 0 ${tokens['space-4']};
    border-block-end: 1px solid ${tokens['color-border']};
    text-align: start;
    vertical-align: top;
    overflow-wrap: normal;
    hyphens: manual;
  }
  th {
    font-weight: 600;
  }
  thead th,
  thead td {
    border-block-end: 2px solid ${tokens['color-border-strong']};
  }
`;
