export { PhoneLink } from './PhoneLink';
export type { PhoneLinkProps } from './PhoneLink.types';
