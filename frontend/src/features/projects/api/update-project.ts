import { useMutation, useQueryClient } from '@tanstack/react-query';
import { projectQueryOptions } from '@/features/projects/api/get-project';
import type { Project, ProjectSettings } from '@/features/projects/api/types';
import { api } from '@/lib/api-client';

/** PATCH body: absent fields stay; each settings member present replaces the stored one whole. */
export type UpdateProjectInput = { name?: string; description?: string; settings?: Partial<ProjectSettings> };

export async function updateProject(projectId: number, input: UpdateProjectInput): Promise<Project> {
  return (await api.patch<Project>(`/projects/${projectId}`, input)).data;
}

export function useUpdateProject(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProjectInput) => updateProject(projectId, input),
    onSuccess: (project) => queryClient.setQueryData(projectQueryOptions(projectId).queryKey, project),
  });
}
