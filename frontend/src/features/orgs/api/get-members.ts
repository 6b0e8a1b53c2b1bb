import { queryOptions, useQuery } from '@tanstack/react-query';
import { orgKeys, type Member } from '@/features/orgs/api/types';
import { api } from '@/lib/api-client';

export async function getMembers(orgId: number): Promise<Member[]> {
  return (await api.get<Member[]>(`/orgs/${orgId}/members`)).data;
}

export const membersQueryOptions = (orgId: number) =>
  queryOptions({ queryKey: orgKeys.members(orgId), queryFn: () => getMembers(orgId) });

export function useMembers(orgId: number) {
  return useQuery(membersQueryOptions(orgId));
}
