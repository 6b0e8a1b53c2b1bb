import { useMutation, useQueryClient } from '@tanstack/react-query';
import { stateKey } from '@/features/projects/api/state-keys';
import { api } from '@/lib/api-client';

/** Empties one collection (or every one when `name` is null), restoring seeded items. Editor+. */
export async function resetState(projectId: number, name: string | null): Promise<void> {
  await api.delete(`/projects/${projectId}/state${name ? `/${encodeURIComponent(name)}` : ''}`);
}

export function useResetState(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string | null) => resetState(projectId, name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: stateKey(projectId) }),
  });
}
