import { styled } from 'styled-components';

/** Text for screen readers and search, invisible on screen (not `display: none`). */
export const VisuallyHidden = styled.span.withConfig({ componentId: 'mp-VisuallyHidden-VisuallyHidden' })`
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  padding: 0 !important;
  margin: -1px !important;
  overflow: hidden !important;
  clip: rect(0 0 0 0) !important;
  clip-path: inset(50%) !important;
  white-space: nowrap !important;
  border: 0 !important;
`;
