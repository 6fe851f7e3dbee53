import { styled } from 'styled-components';
import { prose } from '../../internal/prose';
import { textBox } from '../../internal/textBox';
import { tokens } from '../../tokens/tokens';

export const TakeawaysRoot = styled.section.withConfig({ componentId: 'mp-KeyTakeaways-TakeawaysRoot' })`
  ${textBox}
  display: grid;
  gap: ${tokens['space-3']};
  margin-block: ${tokens['space-5']};
  padding: ${tokens['space-4']};
  border: 1px solid ${tokens['color-border']};
  border-inline-start: 6px solid ${tokens['color-accent']};
  border-radius: ${tokens['radius-md']};
  background: ${tokens['color-surface']};

  @media (min-width: 40rem) {
    padding-inline: ${tokens['space-5']};
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
