import { styled } from 'styled-components';
import { prose } from '../../internal/prose';
import { tokens } from '../../tokens/tokens';

/** The page column: wide enough for the contents beside the text. */
export const ArticleRoot = styled.div.withConfig({ componentId: 'mp-Article-ArticleRoot' })`
  max-inline-size: 76rem;
  margin-inline: auto;
  padding-block: ${tokens['space-5']};
  padding-inline: ${tokens['space-4']};
  color: ${tokens['color-text']};
  background: ${tokens['color-background']};
`;

/**
 * One column on phones and at high zoom (contents above the text); on wide
 * screens the contents sit in a narrow column beside it. Grid columns follow
 * the writing direction, so right-to-left pages mirror with no extra rule.
 */
export const ArticleLayout = styled.div.withConfig({ componentId: 'mp-Article-ArticleLayout' })`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: ${tokens['space-5']};
  align-items: start;

  @media (min-width: 64rem) {
    column-gap: ${tokens['space-7']};
    /* With contents: a selector, not an interpolated function (decision 0024). */
    &:where([data-with-contents]) {
      grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr);
    }
  }
  @media print {
    display: block;
  }
`;

export const ContentsColumn = styled.div.withConfig({ componentId: 'mp-Article-ContentsColumn' })`
  min-inline-size: 0;
  @media (min-width: 64rem) {
    align-self: stretch;
  }
`;

export const TextColumn = styled.div.withConfig({ componentId: 'mp-Article-TextColumn' })`
  min-inline-size: 0;
`;

export const Intro = styled.div.withConfig({ componentId: 'mp-Article-Intro' })`
  max-inline-size: ${tokens.measure};
  margin-block-end: ${tokens['space-5']};
  ${prose}
`;
