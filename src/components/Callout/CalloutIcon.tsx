import type { ReactNode } from 'react';
import { CalloutIcon as Svg } from './Callout.styles';
import type { CalloutVariant } from './Callout.types';

const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
const circle = <circle cx="12" cy="12" r="10" {...stroke} />;
const exclamation = (
  <>
    <path d="M12 7.5v6" {...stroke} />
    <circle cx="12" cy="17" r="1.3" fill="currentColor" />
  </>
);

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
  urgent: (
    <>
      {circle}
      {exclamation}
    </>
  ),
  emergency: (
    <>
      <path d="M8 2h8l6 6v8l-6 6H8l-6-6V8l6-6Z" {...stroke} />
      {exclamation}
    </>
  ),
};

export function CalloutIcon({ variant }: { variant: CalloutVariant }) {
  return (
    <Svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {shapes[variant]}
    </Svg>
  );
}
