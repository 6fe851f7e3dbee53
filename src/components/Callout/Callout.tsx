import { useId } from 'react';
import { devWarning } from '../../internal/devWarning';
import { headingTag } from '../../internal/headingLevel';
import { headingSays } from '../../internal/headingSays';
import { VisuallyHidden } from '../../internal/VisuallyHidden';
import { localeLabels } from '../../locale/resolve';
import { CalloutBody, CalloutHeader, CalloutHeading, CalloutRoot } from './Callout.styles';
import { CalloutIcon } from './CalloutIcon';
import { defaultCalloutLabels } from './Callout.labels';
import type { CalloutLabels, CalloutProps, CalloutVariant } from './Callout.types';
import { withStylesheetScope } from '../../internal/stylesheet/withStylesheetScope';

const COMPONENT = 'Callout' as const;

const labelKey: Record<CalloutVariant, keyof CalloutLabels> = {
  info: 'info',
  warning: 'warning',
  'non-urgent': 'nonUrgent',
  urgent: 'urgent',
  emergency: 'emergency',
};

const isBlank = (node: unknown) =>
  node === undefined || node === null || node === false || (typeof node === 'string' && node.trim() === '');

/**
 * A box that sets advice apart from the text: information, a warning, or one of
 * the three levels of care advice. The level is said in words (a visible
 * heading, and a screen-reader prefix unless the heading already says it) and
 * shown by shape and icon as well as colour. A server component; it prints.
 */
export function Callout({
  variant: variantProp = 'info',
  heading,
  headingLevel = 3,
  hiddenPrefix,
  children,
  locale,
  labels: labelOverrides,
  ...rest
}: CalloutProps) {
  const headingId = useId();
  const labels = localeLabels(locale, COMPONENT, defaultCalloutLabels, labelOverrides);
  const known = Object.prototype.hasOwnProperty.call(labelKey, variantProp);
  if (!known) {
    if (process.env.NODE_ENV !== 'production')
      devWarning(
        COMPONENT,
        'variant',
        `expected info, warning, non-urgent, urgent or emergency, got "${String(variantProp)}"; using "info".`,
      );
  }
  const variant: CalloutVariant = known ? variantProp : 'info';
  const label = labels[labelKey[variant]];
  // Without a heading of its own the box still names its level, in words, on screen.
  const shownHeading = isBlank(heading) ? label.replace(/[:：\s]+$/u, '') : heading;
  const prefix =
    hiddenPrefix !== undefined ? hiddenPrefix : typeof shownHeading === 'string' && headingSays(shownHeading, label) ? null : label;
  const tag = headingTag(headingLevel, 3, COMPONENT);

  return withStylesheetScope(
    <CalloutRoot role="note" aria-labelledby={headingId} data-variant={variant} {...rest}>
      <CalloutHeader>
        <CalloutIcon variant={variant} />
        <CalloutHeading as={tag} id={headingId}>
          {/* The space sits outside the hidden span: accessible names trim inside it. */}
          {prefix ? <VisuallyHidden>{prefix.trim()}</VisuallyHidden> : null}
          {prefix ? ' ' : null}
          {shownHeading}
        </CalloutHeading>
      </CalloutHeader>
      {isBlank(children) ? null : <CalloutBody>{typeof children === 'string' ? <p>{children}</p> : children}</CalloutBody>}
    </CalloutRoot>,
  );
}
