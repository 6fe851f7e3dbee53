import { useId } from 'react';
import { devWarning } from '../../internal/devWarning';
import { headingTag, subheadingTag } from '../../internal/headingLevel';
import { headingSays } from '../../internal/headingSays';
import { VisuallyHidden } from '../../internal/VisuallyHidden';
import { HelplineList } from '../../internal/helplines/HelplineList';
import { resolveHelplines } from '../../internal/helplines/resolveHelplines';
import {
  DisclaimerBody,
  DisclaimerHeading,
  DisclaimerRoot,
  HelplinesIntro,
  UrgentBox,
  UrgentHeading,
  UrgentText,
} from './MedicalDisclaimer.styles';
import { defaultMedicalDisclaimerLabels } from './MedicalDisclaimer.labels';
import type { MedicalDisclaimerProps } from './MedicalDisclaimer.types';
import { localeCode, localeLabels } from '../../locale/resolve';
import { withStylesheetScope } from '../../internal/stylesheet/withStylesheetScope';

const COMPONENT = 'MedicalDisclaimer' as const;

/**
 * A clearly labelled note that the article is information, not medical advice.
 * The `urgent` variant leads with what to do in a crisis, with helplines as
 * tap-to-call links. A server component; it prints.
 */
export function MedicalDisclaimer({
  variant = 'general',
  helplines,
  country,
  children,
  headingLevel = 2,
  hiddenPrefix,
  locale,
  labels: labelOverrides,
  ...rest
}: MedicalDisclaimerProps) {
  const headingId = useId();
  const labels = localeLabels(locale, COMPONENT, defaultMedicalDisclaimerLabels, labelOverrides);
  const urgent = variant === 'urgent';
  if (variant !== 'general' && variant !== 'urgent') {
    if (process.env.NODE_ENV !== 'production')
      devWarning(COMPONENT, 'variant', `expected "general" or "urgent", got "${String(variant)}"; using "general".`);
  }
  const lines = resolveHelplines({ helplines, country, component: COMPONENT });
  // The guard comes first, so production bundles drop these checks with their warnings.
  if (process.env.NODE_ENV !== 'production') {
    // The table for `country` is used only when the publisher gave no helplines.
    const linesProp = helplines === undefined || helplines === null ? 'country' : 'helplines';
    // An unknown `country` has already warned by name.
    if (urgent && lines.length === 0 && (linesProp === 'helplines' || country === undefined)) {
      devWarning(COMPONENT, 'helplines', 'is empty; the urgent disclaimer shows the emergency advice without numbers.');
    }
    if (!urgent && lines.length > 0) devWarning(COMPONENT, linesProp, 'is shown only in the "urgent" variant.');
  }
  const prefix =
    hiddenPrefix === undefined ? (headingSays(labels.heading, labels.hiddenPrefix) ? null : labels.hiddenPrefix) : hiddenPrefix;
  const tag = headingTag(headingLevel, 2, COMPONENT);
  const subTag = subheadingTag(tag);

  return withStylesheetScope(
    <DisclaimerRoot role="note" aria-labelledby={headingId} data-variant={urgent ? 'urgent' : 'general'} {...rest}>
      <DisclaimerHeading as={tag} id={headingId}>
        {/* The space sits outside the hidden span: accessible names trim inside it. */}
        {prefix ? <VisuallyHidden>{prefix.trim()}</VisuallyHidden> : null}
        {prefix ? ' ' : null}
        {labels.heading}
      </DisclaimerHeading>
      {urgent ? (
        <UrgentBox>
          <UrgentHeading as={subTag}>{labels.urgentHeading}</UrgentHeading>
          <UrgentText>{labels.urgentText}</UrgentText>
          {lines.length > 0 ? (
            <>
              <HelplinesIntro>{labels.helplinesIntro}</HelplinesIntro>
              <HelplineList helplines={lines} labels={labels} localeCode={localeCode(locale, COMPONENT)} />
            </>
          ) : null}
        </UrgentBox>
      ) : null}
      <DisclaimerBody>{children ?? labels.body.map((paragraph, index) => <p key={index}>{paragraph}</p>)}</DisclaimerBody>
    </DisclaimerRoot>,
  );
}
