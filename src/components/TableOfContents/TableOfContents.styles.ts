import { css, styled } from 'styled-components';
import { focusRing, wrapLongWords } from '../../internal/text';
import { tokens } from '../../tokens/tokens';

export const TocRoot = styled.nav.withConfig({ componentId: 'mp-TableOfContents-TocRoot' })`
  max-inline-size: ${tokens.measure};
  margin-block: ${tokens['space-5']};
  padding: ${tokens['space-3']} ${tokens['space-4']};
  border: 1px solid ${tokens['color-border']};
  border-radius: ${tokens['radius-md']};
  background: ${tokens['color-surface']};
  color: ${tokens['color-text']};
  font-family: ${tokens['font-body']};
  font-size: ${tokens['font-size-sm']};
  line-height: 1.4;
  ${wrapLongWords}

  /* Beside the text, on screens wide and tall enough to have room for it. Rem
     media queries do not grow with zoom, so at 400% zoom (320 CSS px) it is an
     ordinary block in the flow, never a panel covering the text. */
  &[data-sticky] {
    @media (min-width: 64rem) and (min-height: 36rem) {
      position: sticky;
      inset-block-start: ${tokens['space-5']};
      max-block-size: calc(100vh - 2 * ${tokens['space-5']});
      overflow-y: auto;
    }
  }

  @media (min-width: 40rem) {
    font-size: ${tokens['font-size-md']};
  }
  @media print {
    /* Page links mean nothing on paper; the headings carry the outline. */
    display: none;
  }
`;

const titleText = css`
  margin: 0;
  font-family: ${tokens['font-heading']};
  font-size: ${tokens['font-size-md']};
  font-weight: 700;
  line-height: ${tokens['line-height-heading']};
`;

export const TocTitle = styled.h2.withConfig({ componentId: 'mp-TableOfContents-TocTitle' })`
  ${titleText}
  margin-block-end: ${tokens['space-2']};
`;

export const Summary = styled.summary.withConfig({ componentId: 'mp-TableOfContents-Summary' })`
  ${titleText}
  display: list-item;
  /* A tap target of at least 44 px. */
  padding-block: ${tokens['space-2']};
  min-block-size: 44px;
  box-sizing: border-box;
  cursor: pointer;

  &:focus-visible {
    ${focusRing}
  }
  &::marker {
    color: ${tokens['color-accent']};
  }
  @media (forced-colors: active) {
    &::marker {
      color: ButtonText;
    }
  }
`;

export const TocList = styled.ol.withConfig({ componentId: 'mp-TableOfContents-TocList' })`
  margin: 0;
  padding: 0;
  list-style: none;

  /* A subsection's list, inside its section's item: a selector, not a prop (decision 0024). */
  :where(li) > & {
    padding-inline-start: ${tokens['space-4']};
  }
`;

export const TocLink = styled.a.withConfig({ componentId: 'mp-TableOfContents-TocLink' })`
  display: block;
  padding-block: ${tokens['space-1']};
  padding-inline: ${tokens['space-3']} ${tokens['space-2']};
  border-inline-start: 3px solid transparent;
  color: ${tokens['color-link']};
  text-decoration: none;

  &:hover {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  &:focus-visible {
    ${focusRing}
  }
  /* The section in view: a bar and bold type, not colour alone. */
  &[aria-current='location'] {
    border-inline-start-color: ${tokens['color-accent']};
    color: ${tokens['color-text']};
    font-weight: 700;
  }
  @media (forced-colors: active) {
    border-inline-start-color: Canvas;
    &[aria-current='location'] {
      border-inline-start-color: Highlight;
    }
  }
`;

export const TocText = styled.span.withConfig({ componentId: 'mp-TableOfContents-TocText' })`
  display: block;
  padding-block: ${tokens['space-1']};
  padding-inline: calc(${tokens['space-3']} + 3px) ${tokens['space-2']};
`;
