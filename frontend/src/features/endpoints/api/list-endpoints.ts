import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Endpoint } from '@/features/endpoints/api/types';
import { api } from '@/lib/api-client';

export async function listEndpoints(projectId: number): Promise<Endpoint[]> {
  return (await api.get<Endpoint[]>(`/projects/${projectId}/endpoints`)).data;
}

export const endpointsQueryKey = (projectId: number) => ['projects', projectId, 'endpoints'] as const;

export const endpointsQueryOptions = (projectId: number) =>
  queryOptions({ queryKey: endpointsQueryKey(projectId), queryFn: () => listEndpoints(projectId) });

export function useEndpoints(projectId: number) {
  return useQuery(endpointsQueryOptions(projectId));
}
