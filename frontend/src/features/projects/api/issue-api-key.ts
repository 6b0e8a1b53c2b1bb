import { useMutation, useQueryClient } from '@tanstack/react-query';
import { projectQueryOptions } from '@/features/projects/api/get-project';
import { api } from '@/lib/api-client';

/** Issues a new API key (replacing the previous one); the answer is the only time it is shown. */
export async function issueApiKey(projectId: number): Promise<{ apiKey: string }> {
  return (await api.post<{ apiKey: string }>(`/projects/${projectId}/api-key`)).data;
}

export function useIssueApiKey(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => issueApiKey(projectId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectQueryOptions(projectId).queryKey }),
  });
}
