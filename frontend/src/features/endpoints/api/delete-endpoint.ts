import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endpointsQueryKey } from '@/features/endpoints/api/list-endpoints';
import { api } from '@/lib/api-client';

export async function deleteEndpoint(projectId: number, endpointId: number): Promise<void> {
  await api.delete(`/projects/${projectId}/endpoints/${endpointId}`);
}

export function useDeleteEndpoint(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (endpointId: number) => deleteEndpoint(projectId, endpointId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: endpointsQueryKey(projectId) }),
  });
}
