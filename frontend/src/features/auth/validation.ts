export const MIN_PASSWORD = 8;

export function validateEmail(value: string): string | null {
  const v = value.trim();
  if (!v) return 'Enter your email';
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? null : 'Enter a valid email address';
}
