import { styled } from 'styled-components';
import { focusRing, wrapLongWords } from '../../internal/text';
import { tokens } from '../../tokens/tokens';

export const RelatedRoot = styled.section.withConfig({ componentId: 'mp-RelatedPosts-RelatedRoot' })`
  margin-block: ${tokens['space-7']};
  font-family: ${tokens['font-body']};
  color: ${tokens['color-text']};
`;

export const RelatedHeading = styled.h2.withConfig({ componentId: 'mp-RelatedPosts-RelatedHeading' })`
  margin: 0 0 ${tokens['space-4']};
  font-family: ${tokens['font-heading']};
  font-size: ${tokens['font-size-2xl']};
  line-height: ${tokens['line-height-heading']};
`;

/**
 * A card image's width in `Article`'s reading column (decision 0034: at most the 68ch measure, else the window less
 * 1rem of padding each side; cards of at least 15rem with 1.5rem gaps: one column, or two from a 31.5rem column), for
 * its `sizes`. 68ch is about 34rem in common fonts. An image given its own `sizes` keeps it.
 */
export const cardImageSizes =
  '(min-width: 36rem) calc((68ch - 1.5rem) / 2), (min-width: 33.5rem) calc((100vw - 3.5rem) / 2), calc(100vw - 2rem)';

export const CardList = styled.ul.withConfig({ componentId: 'mp-RelatedPosts-CardList' })`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  gap: ${tokens['space-5']};
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const Card = styled.li.withConfig({ componentId: 'mp-RelatedPosts-Card' })`
  position: relative;
  display: flex;
  flex-direction: column;
  border: 1px solid ${tokens['color-border']};
  border-radius: ${tokens['radius-md']};
  background: ${tokens['color-background']};
  overflow: hidden;
  ${wrapLongWords}

  /* The title link covers the card; show its focus on the whole card. */
  &:focus-within {
    ${focusRing}
  }
  &:has(a:focus:not(:focus-visible)) {
    outline: none;
  }
  @media print {
    break-inside: avoid;
  }
`;

export const CardBody = styled.div.withConfig({ componentId: 'mp-RelatedPosts-CardBody' })`
  display: grid;
  gap: ${tokens['space-2']};
  padding: ${tokens['space-4']};
  align-content: start;
`;

export const CardTitle = styled.h3.withConfig({ componentId: 'mp-RelatedPosts-CardTitle' })`
  margin: 0;
  font-size: ${tokens['font-size-lg']};
  line-height: 1.3;

  a {
    color: ${tokens['color-link']};
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  a:focus {
    outline: none;
  }
  /* Stretched link: the whole card is the target, the title its only link. */
  a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  @media print {
    a::after {
      content: ' (' attr(href) ')';
      position: static;
      font-size: 0.8em;
      font-weight: 400;
    }
  }
`;

export const Excerpt = styled.div.withConfig({ componentId: 'mp-RelatedPosts-Excerpt' })`
  margin: 0;
  color: ${tokens['color-text-muted']};
  font-size: ${tokens['font-size-sm']};
  line-height: 1.5;

  & > p {
    margin: 0;
  }
`;

export const CardMeta = styled.p.withConfig({ componentId: 'mp-RelatedPosts-CardMeta' })`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens['space-2']};
  margin: 0;
  font-size: ${tokens['font-size-sm']};
  color: ${tokens['color-text-muted']};
`;

export const Topic = styled.span.withConfig({ componentId: 'mp-RelatedPosts-Topic' })`
  font-weight: 600;
  color: ${tokens['color-accent']};
`;
