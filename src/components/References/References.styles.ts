import { styled } from 'styled-components';
import { contentLinks, wrapLongWords } from '../../internal/text';
import { tokens } from '../../tokens/tokens';

export const ReferencesRoot = styled.section.withConfig({ componentId: 'mp-References-ReferencesRoot' })`
  max-inline-size: ${tokens.measure};
  margin-block: ${tokens['space-6']};
  color: ${tokens['color-text']};
  font-family: ${tokens['font-body']};
  ${wrapLongWords}
`;

export const ReferencesHeading = styled.h2.withConfig({ componentId: 'mp-References-ReferencesHeading' })`
  margin: 0 0 ${tokens['space-3']};
  font-family: ${tokens['font-heading']};
  font-size: ${tokens['font-size-xl']};
  line-height: ${tokens['line-height-heading']};
`;

export const EntryList = styled.ol.withConfig({ componentId: 'mp-References-EntryList' })`
  display: grid;
  gap: ${tokens['space-3']};
  margin: 0;
  padding: 0;
  list-style: none;
  font-size: ${tokens['font-size-sm']};
  line-height: 1.55;

  ${contentLinks}
  /* A URL as link text wraps at its <wbr>s (after // and before / . ? # & =); never hyphenated, which would add a
     character to the address. */
  a[data-url] {
    hyphens: manual;
  }
`;

export const Entry = styled.li.withConfig({ componentId: 'mp-References-Entry' })`
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

export const EntryNumber = styled.span.withConfig({ componentId: 'mp-References-EntryNumber' })`
  font-weight: 700;
  font-variant-numeric: tabular-nums;
`;

export const SourceTitle = styled.cite.withConfig({ componentId: 'mp-References-SourceTitle' })`
  font-style: normal;
  font-weight: 600;
`;

export const Journal = styled.span.withConfig({ componentId: 'mp-References-Journal' })`
  font-style: italic;
`;

export const BackLinks = styled.span.withConfig({ componentId: 'mp-References-BackLinks' })`
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
