import { styled } from 'styled-components';
import { prose } from '../../internal/prose';
import { tokens } from '../../tokens/tokens';

export const TakeawaysRoot = styled.section.withConfig({ componentId: 'mp-KeyTakeaways-TakeawaysRoot' })`
  display: grid;
  gap: ${tokens['space-3']};
  max-inline-size: ${tokens.measure};
  margin-block: ${tokens['space-5']};
  padding: ${tokens['space-4']};
  border: 1px solid ${tokens['color-border']};
  border-inline-start: 6px solid ${tokens['color-accent']};
  border-radius: ${tokens['radius-md']};
  background: ${tokens['color-surface']};
  color: ${tokens['color-text']};

  @media (min-width: 40rem) {
    padding-inline: ${tokens['space-5']};
  }
  @media print {
    break-inside: avoid;
    background: none;
  }
`;

export const TakeawaysHeading = styled.h2.withConfig({ componentId: 'mp-KeyTakeaways-TakeawaysHeading' })`
  margin: 0;
  font-family: ${tokens['font-heading']};
  font-size: ${tokens['font-size-xl']};
  line-height: ${tokens['line-height-heading']};
`;

export const TakeawaysBody = styled.div.withConfig({ componentId: 'mp-KeyTakeaways-TakeawaysBody' })`
  ${prose}

  ul {
    margin-block: 0;
  }
  li::marker {
    color: ${tokens['color-accent']};
  }
`;
