import { styled } from 'styled-components';
import { prose } from '../../internal/prose';
import { tokens } from '../../tokens/tokens';

/*
 * One grid for the page (decision 0034). Everything that is read (the hero, the key takeaways, the crisis help, the
 * sections, the FAQ, the references, the review dates, the disclaimer and the related articles) sits in one column,
 * `text`: one start edge and one measure, the `measure` token (68ch of the page's type). The column's parts fill it:
 * inside it the token is 100%, so a box and a paragraph end at the same edge.
 *
 *   below 64rem (phones, tablets, 400% zoom):  one column; "On this page" in the flow after the takeaways
 *   from 64rem, with contents:                 [contents 12–16rem] 3rem [text]; the contents beside the whole
 *                                               article, from its top, sticky (TableOfContents' own rule)
 *   from 64rem, without contents:              [text] alone
 *
 * The grid is centred in the page, with 1rem of padding each side. Rem media queries do not grow with zoom, so at
 * 400% zoom the page is the one-column layout. Grid columns follow the writing direction: right to left, the
 * contents sit on the right. On paper the grid is off: one column.
 */
export const ArticleRoot = styled.div.withConfig({ componentId: 'mp-Article-ArticleRoot' })`
  display: grid;
  grid-template-columns: [text-start] minmax(0, ${tokens.measure}) [text-end];
  justify-content: center;
  padding-block: ${tokens['space-5']};
  padding-inline: ${tokens['space-4']};
  color: ${tokens['color-text']};
  background: ${tokens['color-background']};

  @media (min-width: 64rem) {
    column-gap: ${tokens['space-7']};
    /* With contents: a selector, not an interpolated function (decision 0024). */
    &:where([data-with-contents]) {
      grid-template-columns: [contents-start] minmax(12rem, 16rem) [contents-end text-start] minmax(0, ${tokens.measure}) [text-end];
    }
  }
  @media print {
    display: block;
  }
`;

/** The `<article>`: the grid's rows, on the root's columns. */
export const ArticleElement = styled.article.withConfig({ componentId: 'mp-Article-ArticleElement' })`
  grid-column: 1 / -1;
  display: grid;
  grid-template-columns: subgrid;
  align-items: start;
`;

/** What a part in the reading column fills: the column, not a measure of its own. */
const fillsColumn = `
  grid-column: text;
  min-inline-size: 0;
  --mp-measure: 100%;
`;

/** The hero, the key takeaways and the crisis help. */
export const ArticleHead = styled.div.withConfig({ componentId: 'mp-Article-ArticleHead' })`
  ${fillsColumn}
`;

export const ContentsColumn = styled.div.withConfig({ componentId: 'mp-Article-ContentsColumn' })`
  ${fillsColumn}

  @media (min-width: 64rem) {
    grid-column: contents;
    grid-row: 1 / span 2;
    align-self: stretch;

    /* Level with the top of the hero. */
    & > nav {
      margin-block-start: 0;
    }
  }
`;

export const TextColumn = styled.div.withConfig({ componentId: 'mp-Article-TextColumn' })`
  ${fillsColumn}

  @media (min-width: 64rem) {
    grid-row: 2;
  }
`;

/** The related articles: after the article, in the reading column (two cards a row on a wide screen). */
export const RelatedColumn = styled.div.withConfig({ componentId: 'mp-Article-RelatedColumn' })`
  ${fillsColumn}
`;

export const Intro = styled.div.withConfig({ componentId: 'mp-Article-Intro' })`
  max-inline-size: ${tokens.measure};
  margin-block-end: ${tokens['space-5']};
  ${prose}
`;
