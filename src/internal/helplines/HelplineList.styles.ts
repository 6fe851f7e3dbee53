import { styled } from 'styled-components';
import { focusRing } from '../text';
import { tokens } from '../../tokens/tokens';

export const List = styled.ul.withConfig({ componentId: 'mp-HelplineList-List' })`
  display: grid;
  gap: ${tokens['space-3']};
  margin: 0;
  padding: 0;
  list-style: none;
  font-size: ${tokens['font-size-md']};
  line-height: 1.5;
  /* The text box lets long words break anywhere; here that shrinks the list's min-content to a letter and
     squeezes names apart ("Sa/mar/itans"). Whole words keep it wide; the items wrap onto lines instead. */
  overflow-wrap: break-word;
  hyphens: manual;
`;

export const Item = styled.li.withConfig({ componentId: 'mp-HelplineList-Item' })`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: ${tokens['space-1']} ${tokens['space-2']};
`;

export const Region = styled.span.withConfig({ componentId: 'mp-HelplineList-Region' })`
  padding-inline: ${tokens['space-2']};
  border: 1px solid ${tokens['color-border-strong']};
  border-radius: ${tokens['radius-sm']};
  font-size: ${tokens['font-size-sm']};
  font-weight: 600;
`;

export const Actions = styled.span.withConfig({ componentId: 'mp-HelplineList-Actions' })`
  display: inline-flex;
  flex-wrap: wrap;
  gap: ${tokens['space-2']};
`;

/** A tap target of at least 44 px, so a shaking hand can still call. */
export const CallLink = styled.a.withConfig({ componentId: 'mp-HelplineList-CallLink' })`
  display: inline-flex;
  align-items: center;
  min-block-size: 44px;
  padding-inline: ${tokens['space-3']};
  border: 2px solid ${tokens['color-urgent']};
  border-radius: ${tokens['radius-sm']};
  background: ${tokens['color-background']};
  color: ${tokens['color-text']};
  font-weight: 700;
  text-decoration: none;

  &:hover {
    text-decoration: underline;
  }
  &:focus-visible {
    ${focusRing}
  }
  @media (forced-colors: active) {
    border-color: LinkText;
  }
  @media print {
    border-color: #000;
  }
`;

export const Description = styled.span.withConfig({ componentId: 'mp-HelplineList-Description' })`
  flex-basis: 100%;
  color: ${tokens['color-text-muted']};
  font-size: ${tokens['font-size-sm']};
`;

/** A help-line number is one unit: "116" alone on a line could be dialled (html-validate's tel-non-breaking). */
export const PhoneNumber = styled.bdi.withConfig({ componentId: 'mp-HelplineList-PhoneNumber' })`
  white-space: nowrap;
`;
