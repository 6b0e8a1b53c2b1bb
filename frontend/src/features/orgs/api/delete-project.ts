import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orgKeys } from '@/features/orgs/api/types';
import { api } from '@/lib/api-client';

export async function deleteProject(projectId: number): Promise<void> {
  await api.delete(`/projects/${projectId}`);
}

export function useDeleteProject(orgId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProject,
    onSuccess: (_, projectId) => {
      queryClient.removeQueries({ queryKey: ['projects', projectId] });
      return queryClient.invalidateQueries({ queryKey: orgKeys.projects(orgId) });
    },
  });
}
