/** A plain object as JSON gives one (not `null`, not an array): what data from a CMS must be before its fields are read. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
