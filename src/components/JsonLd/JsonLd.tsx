import { devWarning } from '../../internal/devWarning';
import type { JsonLdProps } from './JsonLd.types';
import { serializeJsonLd } from './serializeJsonLd';

const COMPONENT = 'JsonLd' as const;

/**
 * Structured data as `<script type="application/ld+json">`, written with
 * `serializeJsonLd` so no content can end the element or inject markup.
 * Renders nothing visible. A server component; put it anywhere in the page.
 * Data that cannot be serialised (circular, BigInt) or is missing renders
 * nothing and warns in development.
 */
export function JsonLd({ data, id }: JsonLdProps) {
  if (data === undefined || data === null) {
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, 'data', 'is missing; no structured data is rendered.');
    return null;
  }
  let json: string;
  try {
    json = serializeJsonLd(data);
  } catch (error) {
    if (process.env.NODE_ENV !== 'production')
      devWarning(COMPONENT, 'data', `cannot be written as JSON (${(error as Error).message}); no structured data is rendered.`);
    return null;
  }
  return <script type="application/ld+json" id={id} dangerouslySetInnerHTML={{ __html: json }} />;
}
