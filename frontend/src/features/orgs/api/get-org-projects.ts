import { queryOptions, useQuery } from '@tanstack/react-query';
import { orgKeys, type OrgProject } from '@/features/orgs/api/types';
import { api } from '@/lib/api-client';

export async function getOrgProjects(orgId: number): Promise<OrgProject[]> {
  return (await api.get<OrgProject[]>(`/orgs/${orgId}/projects`)).data;
}

export const orgProjectsQueryOptions = (orgId: number) =>
  queryOptions({ queryKey: orgKeys.projects(orgId), queryFn: () => getOrgProjects(orgId) });

export function useOrgProjects(orgId: number) {
  return useQuery(orgProjectsQueryOptions(orgId));
}
