import { styled } from 'styled-components';
import { focusRing } from '../../internal/text';

/**
 * A number inside a sentence: never broken across lines ("116" alone at the end of a line could be dialled), kept
 * left to right on a right-to-left page (`dir="ltr"` isolates it), and a little taller to tap than the text around it
 * (inline padding grows the link's hit area without moving the line). It takes the colour of the text around it (bold
 * and underlined, it reads as a link): a number sits in heading bands, inverted emergency cards and dark pages, where
 * one link colour would fail contrast on some of them.
 */
export const PhoneLinkRoot = styled.a.withConfig({ componentId: 'mp-PhoneLink-PhoneLinkRoot' })`
  white-space: nowrap;
  color: inherit;
  font-weight: 700;
  padding-block: 0.2em;
  text-decoration-line: underline;
  text-decoration-thickness: 1px;
  text-underline-offset: 0.2em;

  &:hover {
    text-decoration-thickness: 2px;
  }
  &:focus-visible {
    ${focusRing}
  }
`;
