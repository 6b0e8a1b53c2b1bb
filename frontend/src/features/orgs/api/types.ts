import type { Role } from '@/lib/roles';

export type Org = { id: number; name: string; slug: string; role: Role; createdAt: string };
export type Member = { userId: number; email: string; displayName: string; role: Role; joinedAt: string };
/** A project as the org page lists it (the full shape belongs to the projects feature). */
export type OrgProject = {
  id: number;
  orgId: number;
  name: string;
  slug: string;
  description: string | null;
  mockBaseUrl: string;
  createdAt: string;
};

export const orgKeys = {
  all: ['orgs'] as const,
  one: (orgId: number) => ['orgs', orgId] as const,
  members: (orgId: number) => ['orgs', orgId, 'members'] as const,
  projects: (orgId: number) => ['orgs', orgId, 'projects'] as const,
};
