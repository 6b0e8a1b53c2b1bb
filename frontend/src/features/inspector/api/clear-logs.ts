import { useMutation, useQueryClient } from '@tanstack/react-query';
import { logsQueryOptions } from '@/features/inspector/api/get-logs';
import { api } from '@/lib/api-client';

/** Deletes the project's request-log history (Editor+). */
export async function clearLogs(projectId: number): Promise<void> {
  await api.delete(`/projects/${projectId}/logs`);
}

export function useClearLogs(projectId: number, { onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => clearLogs(projectId),
    onSuccess: () => {
      queryClient.setQueryData(logsQueryOptions(projectId).queryKey, []);
      onSuccess?.();
    },
  });
}
