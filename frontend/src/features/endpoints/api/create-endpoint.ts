import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endpointsQueryKey } from '@/features/endpoints/api/list-endpoints';
import type { Endpoint, EndpointInput } from '@/features/endpoints/api/types';
import { api } from '@/lib/api-client';

export async function createEndpoint(projectId: number, input: EndpointInput): Promise<Endpoint> {
  return (await api.post<Endpoint>(`/projects/${projectId}/endpoints`, input)).data;
}

export function useCreateEndpoint(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EndpointInput) => createEndpoint(projectId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: endpointsQueryKey(projectId) }),
  });
}
