import { styled } from 'styled-components';
import { prose } from '../../internal/prose';
import { focusRing, wrapLongWords } from '../../internal/text';
import { tokens } from '../../tokens/tokens';

export const SectionRoot = styled.section.withConfig({ componentId: 'mp-ArticleSection-SectionRoot' })`
  /* The measure is counted in the body font, so set it here, not only on the prose. */
  font-family: ${tokens['font-body']};
  font-size: ${tokens['font-size-md']};
  max-inline-size: ${tokens.measure};
  margin-block: ${tokens['space-6']};
  scroll-margin-block-start: ${tokens['space-5']};
`;

export const HeadingRow = styled.div.withConfig({ componentId: 'mp-ArticleSection-HeadingRow' })`
  display: flex;
  align-items: baseline;
  gap: ${tokens['space-2']};
  margin-block-end: ${tokens['space-3']};
`;

// No interpolated functions in a style: styled-components rebuilds and hashes the CSS
// of such a component on every render (decision 0024), so a variant is a selector.
export const SectionHeading = styled.h2.withConfig({ componentId: 'mp-ArticleSection-SectionHeading' })`
  margin: 0;
  font-family: ${tokens['font-heading']};
  font-size: ${tokens['font-size-2xl']};
  /* A subsection's heading; :where() keeps the selector as weak as one class. */
  &:where(h3) {
    font-size: ${tokens['font-size-xl']};
  }
  line-height: ${tokens['line-height-heading']};
  color: ${tokens['color-text']};
  ${wrapLongWords}
`;

export const Permalink = styled.a.withConfig({ componentId: 'mp-ArticleSection-Permalink' })`
  flex: none;
  padding-inline: ${tokens['space-1']};
  border-radius: ${tokens['radius-sm']};
  color: ${tokens['color-text-muted']};
  font-family: ${tokens['font-body']};
  font-size: ${tokens['font-size-lg']};
  text-decoration: none;

  &:hover {
    color: ${tokens['color-link']};
    text-decoration: underline;
  }
  &:focus-visible {
    ${focusRing}
  }
  @media print {
    display: none;
  }
`;

export const SectionBody = styled.div.withConfig({ componentId: 'mp-ArticleSection-SectionBody' })`
  ${prose}
`;
