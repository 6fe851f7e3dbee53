import { useId } from 'react';
import { devWarning } from '../../internal/devWarning';
import { headingTag, subheadingTag } from '../../internal/headingLevel';
import { headingSays } from '../../internal/headingSays';
import { VisuallyHidden } from '../../internal/VisuallyHidden';
import {
  Actions,
  CallLink,
  Description,
  DisclaimerBody,
  DisclaimerHeading,
  DisclaimerRoot,
  HelplineItem,
  HelplineList,
  HelplinesIntro,
  Region,
  UrgentBox,
  UrgentHeading,
  UrgentText,
} from './MedicalDisclaimer.styles';
import { defaultMedicalDisclaimerLabels } from './MedicalDisclaimer.labels';
import type { Helpline, MedicalDisclaimerLabels, MedicalDisclaimerProps } from './MedicalDisclaimer.types';
import { localeLabels } from '../../locale/resolve';

const COMPONENT = 'MedicalDisclaimer' as const;

/** Digits (and a leading +) for a `tel:` or `sms:` URL; `null` when there are none. */
function dialable(number: string | undefined): string | null {
  if (typeof number !== 'string') return null;
  const digits = number.trim().replace(/(?!^\+)[^\d]/g, '');
  return /\d/.test(digits) ? digits : null;
}

function HelplineEntry({ helpline, index, labels }: { helpline: Helpline; index: number; labels: MedicalDisclaimerLabels }) {
  const tel = dialable(helpline.tel);
  const sms = dialable(helpline.sms);
  if (helpline.tel !== undefined && tel === null) {
    devWarning(COMPONENT, `helplines[${index}].tel`, `"${helpline.tel}" has no digits; it is shown as text.`);
  }
  if (helpline.sms !== undefined && sms === null) {
    devWarning(COMPONENT, `helplines[${index}].sms`, `"${helpline.sms}" has no digits; it is shown as text.`);
  }
  return (
    <HelplineItem>
      {helpline.region ? <Region>{helpline.region}</Region> : null}
      <strong>{helpline.label}</strong>
      <Actions>
        {tel ? <CallLink href={`tel:${tel}`}>{labels.call(helpline.tel!.trim())}</CallLink> : helpline.tel}
        {sms ? <CallLink href={`sms:${sms}`}>{labels.text(helpline.sms!.trim())}</CallLink> : helpline.sms}
      </Actions>
      {helpline.description ? <Description>{helpline.description}</Description> : null}
    </HelplineItem>
  );
}

/**
 * A clearly labelled note that the article is information, not medical advice.
 * The `urgent` variant leads with what to do in a crisis, with helplines as
 * tap-to-call links. A server component; it prints.
 */
export function MedicalDisclaimer({
  variant = 'general',
  helplines,
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
    devWarning(COMPONENT, 'variant', `expected "general" or "urgent", got "${String(variant)}"; using "general".`);
  }
  const lines = Array.isArray(helplines)
    ? helplines.filter((line, index) => {
        const ok = typeof line?.label === 'string' && line.label.trim() !== '';
        if (!ok) devWarning(COMPONENT, `helplines[${index}].label`, 'is missing; this helpline is not shown.');
        return ok;
      })
    : [];
  if (urgent && lines.length === 0) {
    devWarning(COMPONENT, 'helplines', 'is empty; the urgent disclaimer shows the emergency advice without numbers.');
  }
  if (!urgent && lines.length > 0) {
    devWarning(COMPONENT, 'helplines', 'are shown only in the "urgent" variant.');
  }
  const prefix =
    hiddenPrefix === undefined ? (headingSays(labels.heading, labels.hiddenPrefix) ? null : labels.hiddenPrefix) : hiddenPrefix;
  const tag = headingTag(headingLevel, 2, COMPONENT);
  const subTag = subheadingTag(tag);

  return (
    <DisclaimerRoot role="note" aria-labelledby={headingId} $urgent={urgent} data-variant={urgent ? 'urgent' : 'general'} {...rest}>
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
              <HelplineList role="list">
                {lines.map((line, index) => (
                  <HelplineEntry key={`${index}-${line.label}`} helpline={line} index={index} labels={labels} />
                ))}
              </HelplineList>
            </>
          ) : null}
        </UrgentBox>
      ) : null}
      <DisclaimerBody>
        {children ?? labels.body.map((paragraph, index) => <p key={index}>{paragraph}</p>)}
      </DisclaimerBody>
    </DisclaimerRoot>
  );
}
