/** Range checks that forms share; each returns the message to show, or undefined when the value passes. */

/** Body and failure body templates may have at most 256 KiB of UTF-8 (README "Limits"). */
export const MAX_TEMPLATE_BYTES = 262_144;

export const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

/** `n` as a NumberInput gives it ('' when emptied) must be a whole number from `min` to `max`. */
export function wholeNumberError(n: number | '', min: number, max: number, what: string): string | undefined {
  if (n === '') return `${what} is required`;
  if (!Number.isInteger(n) || n < min || n > max) return `${what} must be a whole number from ${min} to ${max}`;
  return undefined;
}

/** `n` as a NumberInput gives it ('' when emptied) must be a number, decimals allowed, from `min` to `max`. */
export function numberError(n: number | '', min: number, max: number, what: string): string | undefined {
  if (n === '') return `${what} is required`;
  if (!Number.isFinite(n) || n < min || n > max) return `${what} must be from ${min} to ${max}`;
  return undefined;
}
