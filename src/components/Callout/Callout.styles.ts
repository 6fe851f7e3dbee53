import { css, styled } from 'styled-components';
import { prose } from '../../internal/prose';
import { textBox } from '../../internal/textBox';
import { tokens } from '../../tokens/tokens';
import type { CalloutVariant } from './Callout.types';

/*
 * Each variant differs in shape as well as colour, so the level survives
 * colour blindness, forced colours and a black-and-white print:
 *   info        a bar on the inline-start side only
 *   warning     a thin frame with a thick inline-start side
 *   non-urgent  a thin frame, rounded, with a heading band
 *   urgent      a 3px frame, square, with a heading band
 *   emergency   a 6px frame, square, heading band, tinted body, larger heading
 */
const frames: Record<CalloutVariant, ReturnType<typeof css>> = {
  info: css`
    border-inline-start: 6px solid ${tokens['color-accent']};
    border-radius: ${tokens['radius-sm']};
    background: ${tokens['color-surface']};
  `,
  warning: css`
    border: 2px solid ${tokens['color-warning']};
    border-inline-start-width: 10px;
    border-radius: ${tokens['radius-sm']};
    background: ${tokens['color-warning-surface']};
  `,
  'non-urgent': css`
    border: 1px solid ${tokens['color-info']};
    border-radius: ${tokens['radius-md']};
    background: ${tokens['color-background']};
  `,
  urgent: css`
    border: 3px solid ${tokens['color-urgent']};
    border-radius: 0;
    background: ${tokens['color-background']};
  `,
  emergency: css`
    border: 6px solid ${tokens['color-urgent']};
    border-radius: 0;
    background: ${tokens['color-urgent-surface']};
  `,
};

const bands: Partial<Record<CalloutVariant, ReturnType<typeof css>>> = {
  'non-urgent': css`
    background: ${tokens['color-info']};
    color: ${tokens['color-info-contrast']};
  `,
  urgent: css`
    background: ${tokens['color-urgent']};
    color: ${tokens['color-urgent-contrast']};
  `,
  emergency: css`
    background: ${tokens['color-urgent']};
    color: ${tokens['color-urgent-contrast']};
  `,
};

const iconColours: Record<CalloutVariant, string> = {
  info: tokens['color-accent'],
  warning: tokens['color-warning'],
  'non-urgent': 'currentColor',
  urgent: 'currentColor',
  emergency: 'currentColor',
};

export const CalloutRoot = styled.div.withConfig({ componentId: 'mp-Callout-CalloutRoot' })<{ $variant: CalloutVariant }>`
  ${textBox}
  margin-block: ${tokens['space-5']};
  overflow: hidden;
  ${(p) => frames[p.$variant]}
`;

export const CalloutHeader = styled.div.withConfig({ componentId: 'mp-Callout-CalloutHeader' })<{ $variant: CalloutVariant; $banded: boolean }>`
  display: flex;
  align-items: flex-start;
  gap: ${tokens['space-2']};
  padding: ${tokens['space-3']} ${tokens['space-4']};
  ${(p) => (p.$banded ? bands[p.$variant] : '')}
  ${(p) => (p.$banded ? '' : `padding-block-end: 0;`)}

  a {
    color: inherit;
  }

  @media (forced-colors: active) {
    /* Backgrounds are dropped: a rule keeps the band's shape. */
    ${(p) => (p.$banded ? 'border-block-end: 2px solid CanvasText;' : '')}
  }
  @media print {
    background: none;
    color: inherit;
    ${(p) => (p.$banded ? 'border-block-end: 2px solid currentColor;' : '')}
  }
`;

export const CalloutIcon = styled.svg.withConfig({ componentId: 'mp-Callout-CalloutIcon' })<{ $variant: CalloutVariant }>`
  flex: none;
  inline-size: 1.5rem;
  block-size: 1.5rem;
  margin-block-start: 0.05em;
  color: ${(p) => iconColours[p.$variant]};

  @media (forced-colors: active) {
    color: CanvasText;
  }
`;

export const CalloutHeading = styled.h3.withConfig({ componentId: 'mp-Callout-CalloutHeading' })<{ $variant: CalloutVariant }>`
  margin: 0;
  font-family: ${tokens['font-heading']};
  font-size: ${(p) => (p.$variant === 'emergency' ? tokens['font-size-xl'] : tokens['font-size-lg'])};
  line-height: ${tokens['line-height-heading']};
  font-weight: 700;
  /* Align the first line with the icon. */
  padding-block-start: 0.1em;
`;

export const CalloutBody = styled.div.withConfig({ componentId: 'mp-Callout-CalloutBody' })`
  padding: ${tokens['space-3']} ${tokens['space-4']} ${tokens['space-4']};
  ${prose}
`;
