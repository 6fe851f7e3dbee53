import { styled } from 'styled-components';
import { focusRing, wrapLongWords } from '../../internal/text';
import { tokens } from '../../tokens/tokens';

export const BylineRoot = styled.div.withConfig({ componentId: 'mp-ReviewByline-BylineRoot' })`
  display: grid;
  gap: ${tokens['space-1']};
  margin-block: ${tokens['space-4']};
  color: ${tokens['color-text']};
  font-family: ${tokens['font-body']};
  font-size: ${tokens['font-size-sm']};
  line-height: 1.5;
  ${wrapLongWords}

  p {
    margin: 0;
  }
  a {
    color: ${tokens['color-link']};
    text-underline-offset: 0.2em;
  }
  a:focus-visible {
    ${focusRing}
  }
`;

export const Credentials = styled.span.withConfig({ componentId: 'mp-ReviewByline-Credentials' })`
  color: ${tokens['color-text-muted']};
`;

export const ReviewDates = styled.p.withConfig({ componentId: 'mp-ReviewByline-ReviewDates' })`
  color: ${tokens['color-text-muted']};
`;
