import { css } from 'styled-components';
import { tokens } from '../tokens/tokens';

/** Long words, URLs and drug names wrap instead of pushing the page sideways. */
export const wrapLongWords = css`
  overflow-wrap: anywhere;
  word-break: normal;
  hyphens: auto;
`;

/**
 * On paper a link is only its words: print where it goes after it. In-page,
 * phone and text links are left alone (their targets are in the words).
 */
export const printLinkTarget = css`
  @media print {
    &[href]:not([href^='#']):not([href^='tel:']):not([href^='sms:'])::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      font-weight: normal;
      overflow-wrap: anywhere;
    }
  }
`;

/** A visible focus indicator that survives forced-colours mode. */
export const focusRing = css`
  outline: ${tokens['focus-width']} solid ${tokens['color-focus']};
  outline-offset: 2px;
  @media (forced-colors: active) {
    outline-color: Highlight;
  }
`;

/** Links inside author content: the theme's link colours, visited state and focus ring. */
export const contentLinks = css`
  a {
    color: ${tokens['color-link']};
    text-underline-offset: 0.2em;
  }
  a:visited {
    color: ${tokens['color-link-visited']};
  }
  a:focus-visible {
    ${focusRing}
  }
`;
