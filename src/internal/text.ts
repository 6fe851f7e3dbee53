import { css } from 'styled-components';
import { tokens } from '../tokens/tokens';

/** Long words, URLs and drug names wrap instead of pushing the page sideways. */
export const wrapLongWords = css`
  overflow-wrap: anywhere;
  word-break: normal;
  hyphens: auto;
`;

/** A visible focus indicator that survives forced-colours mode. */
export const focusRing = css`
  outline: ${tokens['focus-width']} solid ${tokens['color-focus']};
  outline-offset: 2px;
  @media (forced-colors: active) {
    outline-color: Highlight;
  }
`;
