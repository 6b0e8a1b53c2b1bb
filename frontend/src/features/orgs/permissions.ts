import type { Member } from '@/features/orgs/api/types';
import { atLeast, ROLES, type Role } from '@/lib/roles';

/** What a caller of `role` may do in an org, as README "Roles" says (the server enforces it anyway). */
export function orgPermissions(role: Role | undefined) {
  const admin = atLeast(role, 'ADMIN');
  const owner = role === 'OWNER';
  return {
    canManageProjects: admin,
    canManageMembers: admin,
    canRenameOrg: admin,
    canDeleteOrg: owner,
    /** Roles the caller may grant: Owner only by an Owner. */
    grantableRoles: ROLES.filter((r) => (r === 'OWNER' ? owner : admin)),
    /** Whether the caller may change or remove this member (an Owner only by an Owner). */
    canEdit: (member: Member) => admin && (member.role !== 'OWNER' || owner),
  };
}
