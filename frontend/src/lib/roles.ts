/** A member's role in an organization, from the most to the least powerful. */
export type Role = 'OWNER' | 'ADMIN' | 'EDITOR' | 'VIEWER';

export const ROLES: readonly Role[] = ['OWNER', 'ADMIN', 'EDITOR', 'VIEWER'];

const rank: Record<Role, number> = { OWNER: 4, ADMIN: 3, EDITOR: 2, VIEWER: 1 };

/** True when `role` may do what `min` may (README "Roles"): atLeast('ADMIN', 'EDITOR') is true. */
export function atLeast(role: Role | null | undefined, min: Role): boolean {
  return role != null && rank[role] >= rank[min];
}

export const roleLabel: Record<Role, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  EDITOR: 'Editor',
  VIEWER: 'Viewer',
};

export const roleColor: Record<Role, string> = {
  OWNER: 'grape',
  ADMIN: 'blue',
  EDITOR: 'teal',
  VIEWER: 'gray',
};
