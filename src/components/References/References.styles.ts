import { styled } from 'styled-components';
import { contentLinks, wrapLongWords } from '../../internal/text';
import { tokens } from '../../tokens/tokens';

export const ReferencesRoot = styled.section`
  max-inline-size: ${tokens.measure};
  margin-block: ${tokens['space-6']};
  color: ${tokens['color-text']};
  font-family: ${tokens['font-body']};
  ${wrapLongWords}
`;

export const ReferencesHeading = styled.h2`
  margin: 0 0 ${tokens['space-3']};
  font-family: ${tokens['font-heading']};
  font-size: ${tokens['font-size-xl']};
  line-height: ${tokens['line-height-heading']};
`;

export const EntryList = styled.ol`
  display: grid;
  gap: ${tokens['space-3']};
  margin: 0;
  padding: 0;
  list-style: none;
  font-size: ${tokens['font-size-sm']};
  line-height: 1.55;

  ${contentLinks}
`;

export const Entry = styled.li`
  display: grid;
  grid-template-columns: 2.5em minmax(0, 1fr);
  scroll-margin-block-start: ${tokens['space-5']};

  /* Arrived at from a citation mark: show where the reader landed. */
  &:target {
    outline: 2px solid ${tokens['color-accent']};
    outline-offset: 4px;
    border-radius: ${tokens['radius-sm']};
  }
  @media print {
    break-inside: avoid;
  }
`;

export const EntryNumber = styled.span`
  font-weight: 700;
  font-variant-numeric: tabular-nums;
`;

export const SourceTitle = styled.cite`
  font-style: normal;
  font-weight: 600;
`;

export const Journal = styled.span`
  font-style: italic;
`;

export const BackLinks = styled.span`
  margin-inline-start: ${tokens['space-1']};

  /* Not inside a sentence, so each gets a 24 px target (WCAG 2.5.8). */
  a {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 24px;
    min-block-size: 24px;
    padding-inline: ${tokens['space-1']};
    text-decoration: none;
    vertical-align: middle;
  }
  a:hover {
    text-decoration: underline;
  }
  @media print {
    display: none;
  }
`;
