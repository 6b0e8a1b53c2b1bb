import { queryOptions, useQuery } from '@tanstack/react-query';
import { stateKey, type CollectionCount } from '@/features/projects/api/state-keys';
import { api } from '@/lib/api-client';

export async function getCollections(projectId: number): Promise<CollectionCount[]> {
  return (await api.get<{ collections: CollectionCount[] }>(`/projects/${projectId}/state`)).data.collections;
}

export const collectionsQueryOptions = (projectId: number) =>
  queryOptions({ queryKey: stateKey(projectId), queryFn: () => getCollections(projectId), staleTime: 0 });

export function useCollections(projectId: number) {
  return useQuery(collectionsQueryOptions(projectId));
}
