import { styled } from 'styled-components';
import { contentLinks } from '../../internal/text';
import { textBox } from '../../internal/textBox';
import { tokens } from '../../tokens/tokens';

/** A box that stands out by its border, heading and words, not its colour alone. */
export const CrisisRoot = styled.section.withConfig({ componentId: 'mp-CrisisSupport-CrisisRoot' })`
  ${textBox}
  display: grid;
  gap: ${tokens['space-3']};
  margin-block: ${tokens['space-6']};
  /* Less padding on a narrow screen with large text, so a help-line number kept whole still fits at 320 px. */
  padding: min(${tokens['space-5']}, 1rem + 2vw);
  border: 2px solid ${tokens['color-urgent']};
  border-inline-start-width: 8px;
  border-radius: ${tokens['radius-md']};
  background: ${tokens['color-urgent-surface']};

  @media print {
    border-color: #000;
    color: #000;
  }
`;

export const CrisisHeading = styled.h2.withConfig({ componentId: 'mp-CrisisSupport-CrisisHeading' })`
  margin: 0;
  font-family: ${tokens['font-heading']};
  font-size: ${tokens['font-size-xl']};
  line-height: ${tokens['line-height-heading']};
  color: ${tokens['color-urgent']};

  @media (forced-colors: active) {
    color: CanvasText;
  }
  @media print {
    color: #000;
  }
`;

export const EmergencyAdvice = styled.p.withConfig({ componentId: 'mp-CrisisSupport-EmergencyAdvice' })`
  margin: 0;
  font-size: ${tokens['font-size-md']};
  line-height: ${tokens['line-height-body']};
  font-weight: 700;
`;

export const HelplinesIntro = styled.p.withConfig({ componentId: 'mp-CrisisSupport-HelplinesIntro' })`
  margin: 0;
  font-size: ${tokens['font-size-md']};
  line-height: ${tokens['line-height-body']};
`;

export const Extra = styled.div.withConfig({ componentId: 'mp-CrisisSupport-Extra' })`
  font-size: ${tokens['font-size-md']};
  line-height: ${tokens['line-height-body']};

  & > * {
    margin-block: 0;
  }
  /* Links in a publisher's extra content: readable on the box in light and dark. */
  ${contentLinks}
`;
