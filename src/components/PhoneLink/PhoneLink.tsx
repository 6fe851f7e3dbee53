import { devWarning } from '../../internal/devWarning';
import { dialable } from '../../internal/helplines/dialable';
import { withStylesheetScope } from '../../internal/stylesheet/withStylesheetScope';
import { PhoneLinkRoot } from './PhoneLink.styles';
import type { PhoneLinkProps } from './PhoneLink.types';

const COMPONENT = 'PhoneLink' as const;

/**
 * A phone number in text an author writes (a callout, a card, a paragraph) as a
 * tap-to-call link that never wraps: `Call <PhoneLink number="999" /> in the UK`.
 * Numbers are marked by the author, never guessed from prose (decision 0033).
 * A number with no digits is shown as text, with a development warning.
 * A server component.
 */
export function PhoneLink({ number, action = 'call', ...rest }: PhoneLinkProps) {
  const shown = typeof number === 'string' ? number.trim() : '';
  const digits = dialable(shown);
  if (digits === null) {
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, 'number', `"${String(number)}" has no digits; it is shown as text.`);
    return shown === '' ? null : <>{shown}</>;
  }
  if (action !== 'call' && action !== 'text') {
    if (process.env.NODE_ENV !== 'production')
      devWarning(COMPONENT, 'action', `expected "call" or "text", got "${String(action)}"; using "call".`);
  }
  return withStylesheetScope(
    <PhoneLinkRoot href={`${action === 'text' ? 'sms' : 'tel'}:${digits}`} dir="ltr" {...rest}>
      {shown}
    </PhoneLinkRoot>,
  );
}
