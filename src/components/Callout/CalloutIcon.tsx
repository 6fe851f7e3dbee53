import type { ReactNode } from 'react';
import { CalloutIcon as Svg } from './Callout.styles';
import type { CalloutVariant } from './Callout.types';

const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
const circle = <circle cx="12" cy="12" r="10" {...stroke} />;
/** An exclamation mark as holes in a filled shape: a stem and a dot. */
const cutExclamation = 'M10.7 6h2.6l-.4 8.5h-1.8ZM12 15.9a1.5 1.5 0 1 0 0 3a1.5 1.5 0 1 0 0-3Z';

/** One distinct shape per variant; decoration only, since the words carry the meaning. */
const shapes: Record<CalloutVariant, ReactNode> = {
  info: (
    <>
      {circle}
      <path d="M12 11v6" {...stroke} />
      <circle cx="12" cy="7.5" r="1.3" fill="currentColor" />
    </>
  ),
  warning: (
    <>
      <path d="M12 2.8 1.8 20.5h20.4L12 2.8Z" {...stroke} />
      <path d="M12 9.5v5" {...stroke} />
      <circle cx="12" cy="17.5" r="1.2" fill="currentColor" />
    </>
  ),
  'non-urgent': (
    <>
      {circle}
      <path d="M12 7.5v9M7.5 12h9" {...stroke} />
    </>
  ),
  // Filled, the "!" cut out (evenodd): heavier than the outlined shapes, and unlike each other in outline.
  urgent: <path fill="currentColor" fillRule="evenodd" d={`M12 1.5a10.5 10.5 0 1 0 0 21a10.5 10.5 0 1 0 0-21Z${cutExclamation}`} />,
  emergency: <path fill="currentColor" fillRule="evenodd" d={`M7.4 1h9.2L23 7.4v9.2L16.6 23H7.4L1 16.6V7.4Z${cutExclamation}`} />,
};

export function CalloutIcon({ variant }: { variant: CalloutVariant }) {
  return (
    <Svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {shapes[variant]}
    </Svg>
  );
}
