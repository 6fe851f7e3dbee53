import { css } from 'styled-components';
import { tokens } from '../tokens/tokens';
import { wrapLongWords } from './text';

/**
 * The base of every box in the text column (disclaimer, crisis box, callout,
 * key takeaways): the reading measure, body type, long words that wrap, and on
 * paper no page break inside and no background.
 */
export const textBox = css`
  max-inline-size: ${tokens.measure};
  color: ${tokens['color-text']};
  font-family: ${tokens['font-body']};
  ${wrapLongWords}

  @media print {
    break-inside: avoid;
    background: none;
  }
`;
