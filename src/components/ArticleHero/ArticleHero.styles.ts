import { styled } from 'styled-components';
import { focusRing, wrapLongWords } from '../../internal/text';
import { tokens } from '../../tokens/tokens';

export const HeroRoot = styled.header.withConfig({ componentId: 'mp-ArticleHero-HeroRoot' })`
  display: grid;
  gap: ${tokens['space-5']};
  margin-block-end: ${tokens['space-6']};
  color: ${tokens['color-text']};
  font-family: ${tokens['font-body']};
  ${wrapLongWords}

  a {
    color: ${tokens['color-link']};
    text-underline-offset: 0.2em;
  }
  a:focus-visible {
    ${focusRing}
  }
`;

export const HeroText = styled.div.withConfig({ componentId: 'mp-ArticleHero-HeroText' })`
  display: grid;
  gap: ${tokens['space-3']};
  max-inline-size: ${tokens.measure};
`;

export const Category = styled.p.withConfig({ componentId: 'mp-ArticleHero-Category' })`
  margin: 0;
  font-size: ${tokens['font-size-sm']};
  font-weight: 600;
  letter-spacing: 0.04em;
  text-transform: uppercase;
  color: ${tokens['color-accent']};

  a {
    color: inherit;
  }
`;

export const Title = styled.h1.withConfig({ componentId: 'mp-ArticleHero-Title' })`
  margin: 0;
  font-family: ${tokens['font-heading']};
  font-size: ${tokens['font-size-display']};
  line-height: ${tokens['line-height-heading']};
  font-weight: 700;
  text-wrap: balance;
`;

/*
 * The standfirst is read, not skimmed past: body colour, not grey, and on a phone the body size, so two or three
 * sentences do not fill the first screen before the article starts (issue 22). Larger from 40rem.
 */
export const Summary = styled.div.withConfig({ componentId: 'mp-ArticleHero-Summary' })`
  margin: 0;
  font-size: ${tokens['font-size-md']};
  line-height: 1.5;
  color: ${tokens['color-text']};

  @media (min-width: 40rem) {
    font-size: ${tokens['font-size-lg']};
  }

  & > p {
    margin: 0;
  }
`;

export const Byline = styled.div.withConfig({ componentId: 'mp-ArticleHero-Byline' })`
  display: grid;
  gap: ${tokens['space-1']};
  padding-block-start: ${tokens['space-3']};
  border-block-start: 1px solid ${tokens['color-border']};
  font-size: ${tokens['font-size-sm']};
  line-height: 1.5;

  p {
    margin: 0;
  }
`;

export const Meta = styled.p.withConfig({ componentId: 'mp-ArticleHero-Meta' })`
  color: ${tokens['color-text-muted']};
`;

export const Credentials = styled.span.withConfig({ componentId: 'mp-ArticleHero-Credentials' })`
  color: ${tokens['color-text-muted']};
`;

export const ReviewedMark = styled.svg.withConfig({ componentId: 'mp-ArticleHero-ReviewedMark' })`
  inline-size: 1.1em;
  block-size: 1.1em;
  margin-inline-end: ${tokens['space-1']};
  vertical-align: -0.2em;
  color: ${tokens['color-accent']};

  @media (forced-colors: active) {
    color: CanvasText;
  }
`;

export const ImageSlot = styled.div.withConfig({ componentId: 'mp-ArticleHero-ImageSlot' })`
  border-radius: ${tokens['radius-lg']};
  overflow: hidden;

  @media print {
    max-inline-size: 50%;
  }
`;

/**
 * The hero image's width alone in a page of at most 76rem with 1rem of padding each side, for its
 * `sizes`. An image given its own `sizes` keeps it.
 */
export const heroImageSizes = '(min-width: 78rem) 76rem, calc(100vw - 2rem)';
