import { styled } from 'styled-components';
import { prose } from '../../internal/prose';
import { textBox } from '../../internal/textBox';
import { tokens } from '../../tokens/tokens';
import type { CalloutVariant } from './Callout.types';

/*
 * Each variant differs in shape as well as colour, so the level survives
 * colour blindness, forced colours and a black-and-white print (decision 0033):
 *   info        a bar on the inline-start side only
 *   warning     a thin frame with a thick inline-start side
 *   non-urgent  a 1px frame, rounded; heading band; outlined round icon with a plus
 *   urgent      a 3px frame, square; heading band; filled round icon with a "!"
 *   emergency   a 6px frame, square (two lines where colours are forced or on
 *               paper); heading band; an inverted body, black on a light page
 *               as NHS cards have it; filled octagon icon; larger heading
 */
/*
 * Each variant is a selector on the root's `data-variant`, not an interpolated
 * function: the CSS is static, so `medprose/styles.css` holds it under the parts'
 * stable class names (decisions 0010, 0024 and 0029). `:where()` keeps each
 * selector's specificity at the part's one class.
 */
const variant = (name: CalloutVariant) => `:where([data-variant='${name}'])`;
/** Care advice has a heading band, as on NHS care cards. */
const banded = `:where([data-variant='non-urgent'], [data-variant='urgent'], [data-variant='emergency'])`;

export const CalloutRoot = styled.div.withConfig({ componentId: 'mp-Callout-CalloutRoot' })`
  ${textBox}
  margin-block: ${tokens['space-5']};
  overflow: hidden;
  border-inline-start: 6px solid ${tokens['color-accent']};
  border-radius: ${tokens['radius-sm']};
  background: ${tokens['color-surface']};

  &${variant('warning')} {
    border: 2px solid ${tokens['color-warning']};
    border-inline-start-width: 10px;
    background: ${tokens['color-warning-surface']};
  }
  &${variant('non-urgent')} {
    border: 1px solid ${tokens['color-info']};
    border-radius: ${tokens['radius-md']};
    background: ${tokens['color-background']};
  }
  &${variant('urgent')} {
    border: 3px solid ${tokens['color-urgent']};
    border-radius: 0;
    background: ${tokens['color-background']};
  }
  &${variant('emergency')} {
    border: 6px solid ${tokens['color-urgent']};
    border-radius: 0;
    background: ${tokens['color-emergency-surface']};
    color: ${tokens['color-emergency-text']};
  }

  /* Colours gone: the emergency frame is two lines, the urgent one a single heavy line. */
  @media (forced-colors: active) {
    &${variant('emergency')} {
      border-style: double;
      border-width: 9px;
    }
  }
  @media print {
    &${variant('emergency')} {
      border-style: double;
      border-width: 9px;
      border-color: #000;
      color: #000;
    }
  }
`;

export const CalloutHeader = styled.div.withConfig({ componentId: 'mp-Callout-CalloutHeader' })`
  display: flex;
  align-items: flex-start;
  gap: ${tokens['space-2']};
  padding: ${tokens['space-3']} ${tokens['space-4']};
  padding-block-end: 0;

  ${banded} > & {
    padding-block-end: ${tokens['space-3']};
  }
  ${variant('non-urgent')} > & {
    background: ${tokens['color-info']};
    color: ${tokens['color-info-contrast']};
  }
  :where([data-variant='urgent'], [data-variant='emergency']) > & {
    background: ${tokens['color-urgent']};
    color: ${tokens['color-urgent-contrast']};
  }

  a {
    color: inherit;
  }

  @media (forced-colors: active) {
    /* Backgrounds are dropped: a rule keeps the band's shape. */
    ${banded} > & {
      border-block-end: 2px solid CanvasText;
    }
  }
  @media print {
    background: none;
    color: inherit;
    ${banded} > & {
      border-block-end: 2px solid currentColor;
    }
  }
`;

export const CalloutIcon = styled.svg.withConfig({ componentId: 'mp-Callout-CalloutIcon' })`
  flex: none;
  inline-size: 1.5rem;
  block-size: 1.5rem;
  margin-block-start: 0.05em;
  color: currentColor;

  ${variant('emergency')} > * > & {
    inline-size: 1.75rem;
    block-size: 1.75rem;
  }
  ${variant('info')} > * > & {
    color: ${tokens['color-accent']};
  }
  ${variant('warning')} > * > & {
    color: ${tokens['color-warning']};
  }

  @media (forced-colors: active) {
    color: CanvasText;
  }
`;

export const CalloutHeading = styled.h3.withConfig({ componentId: 'mp-Callout-CalloutHeading' })`
  margin: 0;
  font-family: ${tokens['font-heading']};
  font-size: ${tokens['font-size-lg']};
  line-height: ${tokens['line-height-heading']};
  font-weight: 700;
  /* Align the first line with the icon. */
  padding-block-start: 0.1em;

  ${variant('emergency')} > * > & {
    font-size: ${tokens['font-size-xl']};
  }
`;

export const CalloutBody = styled.div.withConfig({ componentId: 'mp-Callout-CalloutBody' })`
  padding: ${tokens['space-3']} ${tokens['space-4']} ${tokens['space-4']};
  ${prose}

  /* The emergency body is inverted: its text and links take the body's own colour, links keep their underline. */
  ${variant('emergency')} > & {
    color: inherit;
  }
  ${variant('emergency')} > & a,
  ${variant('emergency')} > & a:visited {
    color: inherit;
  }
  ${variant('emergency')} > & a:focus-visible {
    outline-color: currentColor;
  }
`;
