import { css } from 'styled-components';
import { tokens } from '../tokens/tokens';
import { contentLinks, printLinkTarget, wrapLongWords } from './text';

/** Body-text styles for author content: paragraphs, lists, links, quotes. */
export const prose = css`
  font-family: ${tokens['font-body']};
  font-size: ${tokens['font-size-md']};
  line-height: ${tokens['line-height-body']};
  color: ${tokens['color-text']};
  ${wrapLongWords}

  & > * {
    margin-block: 0 ${tokens['space-4']};
  }
  & > *:last-child {
    margin-block-end: 0;
  }
  ul,
  ol {
    padding-inline-start: ${tokens['space-5']};
  }
  li + li {
    margin-block-start: ${tokens['space-2']};
  }
  ${contentLinks}
  a {
    text-decoration-thickness: 1px;
    ${printLinkTarget}
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  blockquote {
    margin-inline: 0;
    padding-inline-start: ${tokens['space-4']};
    border-inline-start: 4px solid ${tokens['color-border']};
  }
`;
