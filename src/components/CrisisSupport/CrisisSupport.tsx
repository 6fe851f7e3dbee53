import { useId } from 'react';
import { devWarning } from '../../internal/devWarning';
import { headingTag } from '../../internal/headingLevel';
import { HelplineList } from '../../internal/helplines/HelplineList';
import { resolveHelplines } from '../../internal/helplines/resolveHelplines';
import { localeCode, localeLabels } from '../../locale/resolve';
import { CrisisHeading, CrisisRoot, EmergencyAdvice, Extra, HelplinesIntro } from './CrisisSupport.styles';
import { defaultCrisisSupportLabels } from './CrisisSupport.labels';
import type { CrisisSupportProps } from './CrisisSupport.types';
import { withStylesheetScope } from '../../internal/stylesheet/withStylesheetScope';

const COMPONENT = 'CrisisSupport' as const;

/**
 * A clearly labelled box for a reader who may be in crisis: what to do if a
 * life is in danger, then the crisis and emergency numbers for `country` (or
 * your `helplines`) as tap-to-call and tap-to-text links. A region landmark
 * named by its heading. A server component; it prints.
 */
export function CrisisSupport({
  country,
  helplines,
  headingLevel = 2,
  children,
  locale,
  labels: labelOverrides,
  ...rest
}: CrisisSupportProps) {
  const headingId = useId();
  const labels = localeLabels(locale, COMPONENT, defaultCrisisSupportLabels, labelOverrides);
  const lines = resolveHelplines({ helplines, country, component: COMPONENT });
  // The guard comes first, so production bundles drop the check with the warning.
  if (process.env.NODE_ENV !== 'production') {
    const linesProp = helplines === undefined || helplines === null ? 'country' : 'helplines';
    if (lines.length === 0 && (linesProp === 'helplines' || country === undefined)) {
      devWarning(COMPONENT, linesProp, 'gives no numbers; the box shows the emergency advice without them.');
    }
  }
  const tag = headingTag(headingLevel, 2, COMPONENT);

  return withStylesheetScope(
    <CrisisRoot aria-labelledby={headingId} {...rest}>
      <CrisisHeading as={tag} id={headingId}>
        {labels.heading}
      </CrisisHeading>
      <EmergencyAdvice>{labels.emergencyAdvice}</EmergencyAdvice>
      {lines.length > 0 ? (
        <>
          <HelplinesIntro>{labels.helplinesIntro}</HelplinesIntro>
          <HelplineList helplines={lines} labels={labels} localeCode={localeCode(locale, COMPONENT)} />
        </>
      ) : null}
      {children ? <Extra>{children}</Extra> : null}
    </CrisisRoot>,
  );
}
