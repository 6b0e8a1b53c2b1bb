import { queryOptions, useQuery } from '@tanstack/react-query';
import { orgKeys, type Org } from '@/features/orgs/api/types';
import { api } from '@/lib/api-client';

export async function getOrgs(): Promise<Org[]> {
  return (await api.get<Org[]>('/orgs')).data;
}

export const orgsQueryOptions = () => queryOptions({ queryKey: orgKeys.all, queryFn: getOrgs });

export function useOrgs() {
  return useQuery(orgsQueryOptions());
}
