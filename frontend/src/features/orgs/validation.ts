/** An org name as the server takes it (`SaveOrg`: not blank, at most 100 characters); it stores it trimmed. */
export function validateOrgName(value: string): string | null {
  const name = value.trim();
  if (!name) return 'Enter a name';
  return name.length > 100 ? 'Use at most 100 characters' : null;
}
