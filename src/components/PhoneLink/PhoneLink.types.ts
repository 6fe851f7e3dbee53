import type { AnchorHTMLAttributes } from 'react';

export interface PhoneLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'children'> {
  /** The number as people write it ("999", "116 123", "9-8-8"): shown as written; the link dials its digits. */
  number: string;
  /** `call` (default) makes a `tel:` link; `text` an `sms:` link, for a service that takes texts on that number. */
  action?: 'call' | 'text';
}
