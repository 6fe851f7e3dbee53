export { JsonLd } from './JsonLd';
export { serializeJsonLd } from './serializeJsonLd';
export type { JsonLdProps } from './JsonLd.types';
