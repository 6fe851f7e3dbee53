import * as Accordion from '@radix-ui/react-accordion';
import { styled } from 'styled-components';
import { prose } from '../../internal/prose';
import { focusRing, wrapLongWords } from '../../internal/text';
import { tokens } from '../../tokens/tokens';

export const FaqRoot = styled.section.withConfig({ componentId: 'mp-FaqAccordion-FaqRoot' })`
  max-inline-size: ${tokens.measure};
  margin-block: ${tokens['space-6']};
  font-family: ${tokens['font-body']};
  color: ${tokens['color-text']};

  /*
   * The server HTML shows every answer (no "hidden"), so the page reads whole without CSS. Where scripts run, a
   * closed answer is folded here until the FAQ hydrates and marks it hidden="until-found" itself, so nothing
   * moves at hydration (decision 0030). Without JavaScript every answer stays open and the controls are hidden.
   */
  @media (scripting: enabled) {
    [data-faq-panel][data-state='closed']:not([hidden]) {
      display: none;
    }
  }
  @media (scripting: none) {
    [data-faq-control] {
      display: none;
    }
  }

  @media print {
    /* Every answer prints, open or not; the controls do not. */
    &[data-expand-on-print] [data-faq-panel]:where([hidden], [data-state='closed']) {
      display: block !important;
      content-visibility: visible !important;
    }
    [data-faq-control] {
      display: none !important;
    }
  }
`;

export const FaqHeaderRow = styled.div.withConfig({ componentId: 'mp-FaqAccordion-FaqHeaderRow' })`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: ${tokens['space-3']};
  margin-block-end: ${tokens['space-3']};
`;

export const FaqHeading = styled.h2.withConfig({ componentId: 'mp-FaqAccordion-FaqHeading' })`
  margin: 0;
  font-family: ${tokens['font-heading']};
  font-size: ${tokens['font-size-2xl']};
  line-height: ${tokens['line-height-heading']};
  ${wrapLongWords}
`;

export const ShowAllButton = styled.button.withConfig({ componentId: 'mp-FaqAccordion-ShowAllButton' })`
  min-block-size: 44px;
  padding-inline: ${tokens['space-3']};
  border: 1px solid ${tokens['color-border-strong']};
  border-radius: ${tokens['radius-sm']};
  background: ${tokens['color-background']};
  color: ${tokens['color-link']};
  font: inherit;
  font-size: ${tokens['font-size-sm']};
  font-weight: 600;
  cursor: pointer;

  &:hover {
    text-decoration: underline;
  }
  &:focus-visible {
    ${focusRing}
  }
  /* Until hydration the button is "hidden" (it could not act yet); keep its box so nothing moves when it appears. */
  @media (scripting: enabled) {
    &[hidden] {
      display: inline-block;
      visibility: hidden;
    }
  }
`;

/*
 * The list styles every item's parts through attribute selectors instead of one
 * styled component per part: each item would otherwise cost five more React
 * layers to render and hydrate. `:where()` keeps each selector's specificity
 * what the part's own class had (one class), so nothing else changes.
 */
export const FaqList = styled(Accordion.Root).withConfig({ componentId: 'mp-FaqAccordion-FaqList' })`
  border-block-start: 1px solid ${tokens['color-border']};

  :where([data-faq-item]) {
    border-block-end: 1px solid ${tokens['color-border']};
    scroll-margin-block-start: ${tokens['space-5']};
  }

  :where([data-faq-question]) {
    margin: 0;
    font-size: inherit;
  }

  /* The question's toggle; before hydration the same box is a plain span (see FaqAccordion.tsx). */
  :where([data-faq-trigger]) {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: ${tokens['space-3']};
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 44px;
    margin: 0;
    padding-block: ${tokens['space-4']};
    padding-inline: 0;
    border: 0;
    background: none;
    color: ${tokens['color-text']};
    font: inherit;
    font-family: ${tokens['font-heading']};
    font-size: ${tokens['font-size-lg']};
    font-weight: 600;
    line-height: 1.35;
    text-align: start;
    ${wrapLongWords}
  }
  /* A long question (FaqAccordionView's LONG_QUESTION): the body size and a lighter weight, still above the answer. */
  :where([data-faq-long] > [data-faq-trigger]) {
    font-size: ${tokens['font-size-md']};
    font-weight: 500;
    line-height: 1.4;
  }
  :where(button[data-faq-trigger]) {
    cursor: pointer;

    &:hover > span:first-child {
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }
    &:focus-visible {
      ${focusRing}
    }
  }

  :where([data-faq-chevron]) {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    color: ${tokens['color-accent']};

    @media (prefers-reduced-motion: no-preference) {
      transition: transform ${tokens['duration-fast']} ease-out;
    }
    @media (forced-colors: active) {
      color: ButtonText;
    }
  }
  [data-state='open'] > :where([data-faq-chevron]) {
    transform: rotate(180deg);
  }

  /* No padding, display or visibility on the panel itself ([data-faq-panel]):
     hidden="until-found" works through content-visibility, and padding would
     show as an empty gap. The answer inside carries the spacing. */
  :where([data-faq-answer]) {
    padding-block-end: ${tokens['space-5']};
    ${prose}
  }
`;
