import { queryOptions, useQuery } from '@tanstack/react-query';
import { orgKeys, type Org } from '@/features/orgs/api/types';
import { api } from '@/lib/api-client';

export async function getOrg(orgId: number): Promise<Org> {
  return (await api.get<Org>(`/orgs/${orgId}`)).data;
}

export const orgQueryOptions = (orgId: number) =>
  queryOptions({ queryKey: orgKeys.one(orgId), queryFn: () => getOrg(orgId) });

export function useOrg(orgId: number) {
  return useQuery(orgQueryOptions(orgId));
}
