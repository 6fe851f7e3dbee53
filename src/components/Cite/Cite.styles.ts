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
    padding-inline: 0.1em;
    color: ${tokens['color-link']};
    text-decoration: none;
    scroll-margin-block: ${tokens['space-7']};
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
