/** Digits (and a leading +) for a `tel:` or `sms:` URL; `null` when there are none. */
export function dialable(number: unknown): string | null {
  if (typeof number !== 'string') return null;
  const digits = number.trim().replace(/(?!^\+)[^\d]/g, '');
  return /\d/.test(digits) ? digits : null;
}
