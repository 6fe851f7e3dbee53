import { styled } from 'styled-components';
import { focusRing } from '../../internal/text';
import { tokens } from '../../tokens/tokens';

export const Mark = styled.sup.withConfig({ componentId: 'mp-Cite-Mark' })`
  /* Keeps the line height of the sentence even. */
  line-height: 0;
  font-size: 0.75em;
  font-variant-numeric: tabular-nums;
  white-space: nowrap;

  a {
    /* At least 24 px wide and, through ::before, 24 px tall to a pointer (WCAG 2.5.8), while the line keeps its
       height: the inline-block has the mark's line-height 0, and the taller hit area is absolutely positioned. */
    position: relative;
    display: inline-block;
    min-inline-size: 24px;
    text-align: center;
    color: ${tokens['color-link']};
    text-decoration: none;
    scroll-margin-block: ${tokens['space-7']};
  }
  a::before {
    content: '';
    position: absolute;
    inset-inline: 0;
    inset-block-start: 50%;
    block-size: 24px;
    transform: translateY(-50%);
  }
  a:hover {
    text-decoration: underline;
  }
  a:focus-visible {
    ${focusRing}
  }
  /* Arrived at from the reference list: show where the reader landed. */
  a:target {
    outline: 2px solid ${tokens['color-accent']};
    outline-offset: 2px;
  }
`;
