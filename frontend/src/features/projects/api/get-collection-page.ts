import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { stateKey, type CollectionPage } from '@/features/projects/api/state-keys';
import { api } from '@/lib/api-client';

export async function getCollectionPage(projectId: number, name: string, page: number, size: number) {
  const url = `/projects/${projectId}/state/${encodeURIComponent(name)}`;
  return (await api.get<CollectionPage>(url, { params: { page, size } })).data;
}

export function useCollectionPage(projectId: number, name: string, page: number, size: number) {
  return useQuery({
    queryKey: [...stateKey(projectId), name, page, size],
    queryFn: () => getCollectionPage(projectId, name, page, size),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
