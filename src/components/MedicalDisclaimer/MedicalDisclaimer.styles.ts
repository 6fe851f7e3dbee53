import { styled } from 'styled-components';
import { prose } from '../../internal/prose';
import { textBox } from '../../internal/textBox';
import { tokens } from '../../tokens/tokens';

// The variant is a selector on data-variant, not an interpolated function (decision 0024).
export const DisclaimerRoot = styled.div.withConfig({ componentId: 'mp-MedicalDisclaimer-DisclaimerRoot' })`
  ${textBox}
  display: grid;
  gap: ${tokens['space-4']};
  margin-block: ${tokens['space-6']};
  /* Less padding on a narrow screen with large text, so a help-line number kept whole still fits at 320 px. */
  padding: min(${tokens['space-5']}, 1rem + 2vw);
  border: 1px solid ${tokens['color-border']};
  border-inline-start-width: 6px;
  &:where([data-variant='urgent']) {
    border-color: ${tokens['color-urgent']};
  }
  border-radius: ${tokens['radius-md']};
  background: ${tokens['color-surface']};

  @media print {
    border-color: #000;
  }
`;

export const DisclaimerHeading = styled.h2.withConfig({ componentId: 'mp-MedicalDisclaimer-DisclaimerHeading' })`
  margin: 0;
  font-family: ${tokens['font-heading']};
  font-size: ${tokens['font-size-xl']};
  line-height: ${tokens['line-height-heading']};
`;

export const DisclaimerBody = styled.div.withConfig({ componentId: 'mp-MedicalDisclaimer-DisclaimerBody' })`
  ${prose}
`;

/**
 * The crisis part of the urgent variant: one level of box. It is not a box inside the disclaimer's box (that left a
 * phone about 230 px for the numbers), but the disclaimer's first part, set off by a rule; the disclaimer's frame
 * takes the urgent colour instead. The part keeps its stable class, which the editorial check reads (decision 0033).
 */
export const UrgentBox = styled.div.withConfig({ componentId: 'mp-MedicalDisclaimer-UrgentBox' })`
  display: grid;
  gap: ${tokens['space-3']};
  padding-block-end: ${tokens['space-4']};
  border-block-end: 2px solid ${tokens['color-urgent']};

  @media (forced-colors: active) {
    border-block-end-color: CanvasText;
  }
  @media print {
    border-block-end-color: #000;
  }
`;

export const UrgentHeading = styled.h3.withConfig({ componentId: 'mp-MedicalDisclaimer-UrgentHeading' })`
  margin: 0;
  font-size: ${tokens['font-size-lg']};
  line-height: ${tokens['line-height-heading']};
  color: ${tokens['color-urgent']};

  @media (forced-colors: active) {
    color: CanvasText;
  }
`;

export const UrgentText = styled.p.withConfig({ componentId: 'mp-MedicalDisclaimer-UrgentText' })`
  margin: 0;
  font-size: ${tokens['font-size-md']};
  line-height: ${tokens['line-height-body']};
  font-weight: 600;
`;

export const HelplinesIntro = styled.p.withConfig({ componentId: 'mp-MedicalDisclaimer-HelplinesIntro' })`
  margin: 0;
  font-size: ${tokens['font-size-md']};
  line-height: ${tokens['line-height-body']};
`;
