/** Escapes every character that has a meaning in a regular expression, so `s` matches itself. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
