import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endpointsQueryKey } from '@/features/endpoints/api/list-endpoints';
import type { Endpoint } from '@/features/endpoints/api/types';
import { api } from '@/lib/api-client';

export type ResourceInput = { name: string; seedCount?: number; itemTemplate?: string };
export type Resource = { name: string; collection: string; endpoints: Endpoint[]; seeded: number };

/** Six CRUD endpoints on one state collection at once; a route clash answers 409 naming the endpoint. */
export async function createResource(projectId: number, input: ResourceInput): Promise<Resource> {
  return (await api.post<Resource>(`/projects/${projectId}/resources`, input)).data;
}

export function useCreateResource(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ResourceInput) => createResource(projectId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: endpointsQueryKey(projectId) }),
  });
}
